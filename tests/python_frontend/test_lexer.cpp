// The lexer against CPython: each tokens/NAME.py must produce exactly the token stream that
// CPython's tokenize module printed into tokens/NAME.tokens (dump_tokens.py), and each snippet of
// errors.input the error CPython's compile() reports in errors.expected (errors.py).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "lexer.hpp"
#include "snippets.hpp"

namespace {

std::string read(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Python's repr() of a str (the tokens' texts are ASCII or UTF-8).
std::string python_repr(std::string_view text) {
  bool has_single = text.find('\'') != std::string_view::npos;
  bool has_double = text.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out(1, quote);
  for (char c : text) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == quote) {
      out += std::string("\\") + quote;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else {
      out += c;
    }
  }
  return out + quote;
}

std::string dump(std::string_view source) {
  py::Tokenized result = py::tokenize(source);
  std::string text;
  for (const py::Token& token : result.tokens) {
    text += std::string(py::token_kind_name(token.kind)) + " " + python_repr(token.text) + " " +
            std::to_string(token.start.line) + "," +
            std::to_string(py::character_column(source, token.start)) + "-" +
            std::to_string(token.end.line) + "," +
            std::to_string(py::character_column(source, token.end)) + "\n";
  }
  if (result.error) text += "error: " + result.error->message + "\n";
  return text;
}

const std::filesystem::path kCorpus = ATTENDABLE_PYTHON_FRONTEND_DIR;

}  // namespace

TEST_CASE("token streams are CPython's tokenize output") {
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(kCorpus / "tokens")) {
    if (entry.path().extension() != ".py") continue;
    ++files;
    std::filesystem::path expected = entry.path();
    expected.replace_extension(".tokens");
    CAPTURE(entry.path().filename().string());
    CHECK(dump(read(entry.path())) == read(expected));
  }
  CHECK(files >= 4);
}

TEST_CASE("lexical errors read as CPython's, at CPython's position") {
  int checked = 0;
  for (const Snippet& snippet :
       read_snippets(read(kCorpus / "errors.input"), read(kCorpus / "errors.expected"))) {
    py::Tokenized result = py::tokenize(snippet.text);
    if (!result.error) continue;  // a parser's error, not the lexer's (e.g. `result())t`)
    const py::SyntaxErrorInfo& error = *result.error;
    std::string got = error.type + ": " + error.message + " (" + std::to_string(error.start.line) +
                      ", " + std::to_string(py::character_column(snippet.text, error.start) + 1) +
                      ")";
    CAPTURE(snippet.text);
    CHECK(got == snippet.expected);
    ++checked;
  }
  CHECK(checked >= 13);
}

TEST_CASE("no input makes the lexer crash or loop") {
  for (std::string_view source :
       {"", "\n", "\\", "'", "'''", "\"\"\"\n", "(", ")", "0x", "1e", "1e+", "\xff", "\xe2\x82",
        "\t\tx\n  y\n", "if x:\n\ty\n        z\n", "f'{'", "x = \\\n", "#", "a\r\nb\r\n"}) {
    py::Tokenized result = py::tokenize(source);
    CHECK((result.error ||
           (!result.tokens.empty() && result.tokens.back().kind == py::TokenKind::EndMarker)));
  }
}
