// The parser against CPython: every program of the conformance corpus and parser/grammar.py
// must parse to the very AST CPython 3.11's ast.parse gives (compared through the SHA-512 of
// ast.dump with positions, parser/dump_asts.py), and each snippet of parser/errors.input must
// fail with CPython's error type, message and position (parser/errors.expected).
#include <doctest/doctest.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "ast_dump.hpp"
#include "parser.hpp"
#include "sha512.hpp"
#include "snippets.hpp"

namespace {

const std::filesystem::path kFrontend = ATTENDABLE_PYTHON_FRONTEND_DIR;
const std::filesystem::path kRepository = kFrontend.parent_path().parent_path();

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string error_line(std::string_view source, const py::SyntaxErrorInfo& error) {
  return error.type + ": " + error.message + " (" + std::to_string(error.start.line) + ", " +
         std::to_string(py::character_column(source, error.start) + 1) + ")";
}

std::string hex_sha512(const std::string& text) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (std::uint8_t byte : test_support::sha512(text)) {
    out += digits[byte >> 4];
    out += digits[byte & 15];
  }
  return out;
}

}  // namespace

TEST_CASE("programs parse to CPython's AST, positions included") {
  std::istringstream lines(read_file(kFrontend / "parser" / "asts.txt"));
  std::string line;
  int checked = 0;
  while (std::getline(lines, line)) {
    std::size_t space = line.find(' ');
    std::string path = line.substr(0, space);
    std::string want = line.substr(space + 1);
    std::string source = read_file(kRepository / path);
    py::ParseResult result = py::parse_module(source);
    std::string got;
    if (result.module) {
      std::string dump = py::dump_ast(*result.module);
      got = hex_sha512(dump);
      if (got != want) {
        // Left for a person to diff with CPython's (see dump_asts.py).
        std::filesystem::path out = std::filesystem::temp_directory_path() /
                                    (std::filesystem::path(path).stem().string() + ".ast");
        std::ofstream(out) << dump << "\n";
        MESSAGE("our AST of " << path << " is in " << out.string());
      }
    } else {
      got = error_line(source, *result.error);
    }
    CAPTURE(path);
    CHECK(got == want);
    ++checked;
  }
  CHECK(checked >= 200);
}

TEST_CASE("syntax errors read as CPython's, at CPython's position") {
  int checked = 0;
  for (const Snippet& snippet :
       read_snippets(read_file(kFrontend / "parser" / "errors.input"),
                     read_file(kFrontend / "parser" / "errors.expected"))) {
    py::ParseResult result = py::parse_module(snippet.text);
    std::string got = result.module ? "OK" : error_line(snippet.text, *result.error);
    CAPTURE(snippet.text);
    CHECK(got == snippet.expected);
    ++checked;
  }
  CHECK(checked >= 70);
}

TEST_CASE("deep nesting is a RecursionError, not a stack overflow") {
  std::string deep = "x = " + std::string(5000, '-') + "1";
  py::ParseResult result = py::parse_module(deep);
  REQUIRE(result.error);
  CHECK(result.error->type == "RecursionError");
  std::string nots;
  for (int i = 0; i < 5000; ++i) nots += "not ";
  result = py::parse_module(nots + "x");
  REQUIRE(result.error);
  CHECK(result.error->type == "RecursionError");
  std::string blocks;
  for (int i = 0; i < 99; ++i) blocks += std::string(static_cast<std::size_t>(i), ' ') + "if x:\n";
  blocks += std::string(99, ' ') + "pass\n";
  CHECK(py::parse_module(blocks).module);
}

TEST_CASE("no input makes the parser crash or loop") {
  for (std::string_view source :
       {"",           "\n",          "(",       "f'{'",     "f'{x!'",   "f'{x:{y:{z}}}'",
        "lambda",     "def",         "class",   "@",        "x = [",    "a[",
        "with (",     "try:",        "if x:\n", "for",      "async",    "await",
        "yield",      "*",           "**",      "del",      "import .", "from . import (",
        "x: ",        "f(**",        "f(*",     "{**",      "{1:",      "print 'x'",
        "\"\\N{x}\"", "b'\xc3\xa9'", "'\\x4'",  "x = 1 if", "not",      "a.",
        "1..2"}) {
    py::ParseResult result = py::parse_module(source);
    CAPTURE(source);
    CHECK((result.module || result.error));
  }
}

// Recorded from this parser itself, not from CPython: the error (or OK) of each snippet of
// parser/regressions.input with its whole range, byte columns, as the parser reported them
// when its errors stopped being C++ exceptions (malformed brackets, `with (` backtracking,
// missing commas, f-strings, deep nesting near the limit...). A change here is a change of
// what students see; after an intended one, copy the file named in the failure message.
TEST_CASE("syntax errors keep their recorded message and range") {
  std::string all_got;
  int checked = 0;
  int differences = 0;
  for (const Snippet& snippet :
       read_snippets(read_file(kFrontend / "parser" / "regressions.input"),
                     read_file(kFrontend / "parser" / "regressions.expected"))) {
    py::ParseResult result = py::parse_module(snippet.text);
    std::string got = "OK";
    if (!result.module) {
      const py::SyntaxErrorInfo& e = *result.error;
      got = e.type + ": " + e.message + " (" + std::to_string(e.start.line) + ":" +
            std::to_string(e.start.column) + "-" + std::to_string(e.end.line) + ":" +
            std::to_string(e.end.column) + ")";
    }
    all_got += got + "\n";
    CAPTURE(snippet.text);
    CHECK(got == snippet.expected);
    differences += got != snippet.expected;
    ++checked;
  }
  CHECK(checked >= 300);
  if (differences > 0) {
    std::filesystem::path out = std::filesystem::temp_directory_path() / "regressions.expected";
    std::ofstream(out) << all_got;
    MESSAGE("what the parser reports now is in " << out.string());
  }
}
