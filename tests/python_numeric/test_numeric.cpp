// The numeric library against CPython: every line of cases.txt, which generate.py wrote from
// CPython 3.11's own results, is recomputed here and must match exactly — on wasm too.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <chrono>
#include <cmath>
#include <cstring>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "num/bigint.hpp"
#include "num/float_format.hpp"

namespace {

using py::num::BigInt;
using py::num::Error;
using py::num::ErrorKind;
using py::num::ParsedInt;
using py::num::Result;

struct Case {
  int line;
  std::vector<std::string> fields;  // after the kind
};

// The cases of cases.txt by kind, read once.
const std::vector<Case>& cases(const std::string& kind) {
  static const std::map<std::string, std::vector<Case>> all = [] {
    std::map<std::string, std::vector<Case>> by_kind;
    std::ifstream in(std::string(ATTENDABLE_PYTHON_NUMERIC_DIR) + "/cases.txt", std::ios::binary);
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
      std::vector<std::string> fields;
      std::size_t start = 0;
      for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) {
        fields.push_back(line.substr(start, tab - start));
      }
      fields.push_back(line.substr(start));
      std::string kind = fields.front();
      fields.erase(fields.begin());
      by_kind[kind].push_back({number, std::move(fields)});
    }
    return by_kind;
  }();
  static const std::vector<Case> none;
  auto found = all.find(kind);
  return found == all.end() ? none : found->second;
}

// The escapes of generate.py's esc(): \\, \t, \n, \r, \xNN.
std::string unescape(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\' || i + 1 == text.size()) {
      out += text[i];
      continue;
    }
    char c = text[++i];
    if (c == 't') {
      out += '\t';
    } else if (c == 'n') {
      out += '\n';
    } else if (c == 'r') {
      out += '\r';
    } else if (c == 'x') {
      out += static_cast<char>(std::stoi(std::string(text.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

double from_bits(const std::string& hex) {
  std::uint64_t bits = std::stoull(hex, nullptr, 16);
  double x;
  std::memcpy(&x, &bits, sizeof x);
  return x;
}

std::string bits_of(double x) {
  std::uint64_t bits;
  std::memcpy(&bits, &x, sizeof x);
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(bits));
  return hex;
}

BigInt from_hex(const std::string& hex) {
  ParsedInt parsed = BigInt::parse(hex, 16);
  REQUIRE(parsed.ok());
  return parsed.value;
}

std::string hex(const BigInt& n) {
  return n.to_string(16);
}

std::string error_text(const Error& error) {
  static const char* const kNames[] = {"ValueError", "OverflowError", "ZeroDivisionError",
                                       "MemoryError"};
  return std::string("!") + kNames[static_cast<int>(error.kind)] + ": " + error.message;
}

std::string outcome(const Result<std::string>& r) {
  return r ? *r : error_text(r.error());
}
std::string outcome(const Result<double>& r) {
  return r ? bits_of(*r) : error_text(r.error());
}

// Counts the cases of a kind that differ, showing the first few.
class Mismatches {
 public:
  void check(const Case& c, const std::string& got, const std::string& expected) {
    if (got == expected) return;
    if (++count_ <= 8) {
      std::string inputs;
      for (std::size_t i = 0; i + 1 < c.fields.size(); ++i) inputs += c.fields[i] + " | ";
      MESSAGE("cases.txt:" << c.line << ": " << inputs << "expected [" << expected << "] got ["
                           << got << "]");
    }
  }
  ~Mismatches() { CHECK(count_ == 0); }

 private:
  int count_ = 0;
};

// '%-+ #0<width>.<precision><conversion>' as the % operator reads it ('%.f': precision 0).
py::num::PrintfSpec parse_printf(const std::string& text) {
  py::num::PrintfSpec spec;
  std::size_t i = 1;
  for (; std::strchr("-+ #0", text[i]); ++i) {
    switch (text[i]) {
      case '-':
        spec.left = true;
        break;
      case '+':
        spec.plus = true;
        break;
      case ' ':
        spec.space = true;
        break;
      case '#':
        spec.alternate = true;
        break;
      default:
        spec.zero = true;
    }
  }
  auto number = [&] {
    std::int64_t value = 0;
    for (; std::isdigit(static_cast<unsigned char>(text[i])); ++i)
      value = value * 10 + text[i] - '0';
    return value;
  };
  if (std::isdigit(static_cast<unsigned char>(text[i]))) spec.width = number();
  if (text[i] == '.') {
    ++i;
    spec.precision = number();
  }
  spec.conversion = text[i];
  return spec;
}

}  // namespace

TEST_CASE("the cases were generated") {
  CHECK(cases("repr").size() > 1000);
}

TEST_CASE("repr(float)") {
  Mismatches m;
  for (const Case& c : cases("repr"))
    m.check(c, py::num::float_repr(from_bits(c.fields[0])), c.fields[1]);
}

TEST_CASE("format(float, spec)") {
  Mismatches m;
  for (const Case& c : cases("ffmt")) {
    m.check(c, outcome(py::num::format_float(from_bits(c.fields[0]), unescape(c.fields[1]))),
            unescape(c.fields[2]));
  }
}

TEST_CASE("format(int, spec)") {
  Mismatches m;
  for (const Case& c : cases("ifmt")) {
    m.check(c, outcome(py::num::format_int(from_hex(c.fields[0]), unescape(c.fields[1]))),
            unescape(c.fields[2]));
  }
}

TEST_CASE("format(str, spec)") {
  Mismatches m;
  for (const Case& c : cases("sfmt")) {
    m.check(c, outcome(py::num::format_str(unescape(c.fields[0]), unescape(c.fields[1]))),
            unescape(c.fields[2]));
  }
}

TEST_CASE("printf-style % of floats and ints") {
  Mismatches m;
  for (const Case& c : cases("pf")) {
    m.check(c, outcome(py::num::printf_float(from_bits(c.fields[0]), parse_printf(c.fields[1]))),
            c.fields[2]);
  }
  for (const Case& c : cases("pi")) {
    m.check(c, outcome(py::num::printf_int(from_hex(c.fields[0]), parse_printf(c.fields[1]))),
            c.fields[2]);
  }
}

TEST_CASE("float(str)") {
  Mismatches m;
  for (const Case& c : cases("fparse")) {
    std::optional<double> x = py::num::parse_float(unescape(c.fields[0]));
    const std::string& expected = c.fields[1];
    m.check(c, x ? bits_of(*x) : "!", expected[0] == '!' ? "!" : expected);
  }
}

TEST_CASE("int(str, base)") {
  Mismatches m;
  for (const Case& c : cases("iparse")) {
    ParsedInt parsed =
        BigInt::parse(unescape(c.fields[0]), std::stoi(c.fields[1]), py::num::kDefaultMaxStrDigits);
    std::string got;
    if (parsed.status == ParsedInt::Status::kOk) {
      got = hex(parsed.value);
    } else if (parsed.status == ParsedInt::Status::kTooManyDigits) {
      got = "!ValueError: " +
            py::num::max_str_digits_error(py::num::kDefaultMaxStrDigits, parsed.digits);
    } else {
      got = "!ValueError: invalid literal for int() with base " + c.fields[1];
    }
    std::string expected = c.fields[2];
    if (expected.starts_with("!ValueError: invalid literal")) {
      expected = expected.substr(0, expected.find(':', 13));  // without the text's repr
    }
    m.check(c, got, expected);
  }
}

TEST_CASE("round(float, ndigits) and round(float)") {
  Mismatches m;
  for (const Case& c : cases("round")) {
    m.check(c, outcome(py::num::round_double(from_bits(c.fields[0]), std::stoll(c.fields[1]))),
            c.fields[2]);
  }
  for (const Case& c : cases("round0")) {
    m.check(c, hex(*BigInt::from_double(py::num::round_half_even(from_bits(c.fields[0])))),
            c.fields[1]);
  }
}

TEST_CASE("float %, // and **") {
  Mismatches m;
  for (const Case& c : cases("fop")) {
    double x = from_bits(c.fields[1]), y = from_bits(c.fields[2]);
    std::string got;
    if (c.fields[0] == "mod") {
      got = bits_of(py::num::float_mod(x, y));
      // divmod must agree with % and //.
      auto [q, r] = py::num::float_divmod(x, y);
      CHECK(bits_of(r) == got);
      CHECK(bits_of(q) == bits_of(py::num::float_floor_div(x, y)));
    } else if (c.fields[0] == "floordiv") {
      got = bits_of(py::num::float_floor_div(x, y));
    } else {
      got = outcome(py::num::float_pow(x, y));
    }
    m.check(c, got, c.fields[3]);
  }
}

TEST_CASE("hash(float)") {
  Mismatches m;
  for (const Case& c : cases("fhash")) {
    m.check(c, std::to_string(py::num::hash_double(from_bits(c.fields[0]), 0)), c.fields[1]);
  }
  // A nan hashes by identity.
  CHECK(py::num::hash_double(NAN, 0x1230) == 0x123);
  CHECK(py::num::hash_double(NAN, 0x1230) != py::num::hash_double(NAN, 0x4560));
}

TEST_CASE("int binary operators") {
  Mismatches m;
  for (const Case& c : cases("ipair")) {
    const std::vector<std::string>& f = c.fields;
    BigInt a = from_hex(f[0]), b = from_hex(f[1]);
    std::string got = hex(a + b) + " " + hex(a - b) + " " + hex(a * b) + " " + hex(a & b) + " " +
                      hex(a | b) + " " + hex(a ^ b) + " " +
                      std::to_string((a <=> b) < 0 ? -1 : (a <=> b) > 0);
    if (b.is_zero()) {
      got += " - - -";
    } else {
      auto [q, r] = BigInt::divmod(a, b);
      CHECK(q == BigInt::floor_div(a, b));
      CHECK(r == BigInt::mod(a, b));
      got += " " + hex(q) + " " + hex(r) + " " + outcome(py::num::true_divide(a, b));
    }
    std::string expected;
    for (std::size_t i = 2; i < f.size(); ++i) expected += (i > 2 ? " " : "") + f[i];
    m.check(c, got, expected);
  }
}

TEST_CASE("int true division, shifts, pow, gcd, pow with modulus") {
  Mismatches m;
  for (const Case& c : cases("iop")) {
    BigInt a = from_hex(c.fields[1]), b = from_hex(c.fields[2]);
    const std::string& op = c.fields[0];
    if (op == "truediv") {
      m.check(c, outcome(py::num::true_divide(a, b)), c.fields[3]);
      continue;
    }
    BigInt result = op == "lshift"   ? a << b.to_int64()
                    : op == "rshift" ? a >> b.to_int64()
                    : op == "pow"    ? BigInt::pow(a, b.to_int64())
                                     : BigInt::gcd(a, b);
    m.check(c, hex(result), c.fields[3]);
  }
  for (const Case& c : cases("powmod")) {
    auto result =
        BigInt::pow_mod(from_hex(c.fields[0]), from_hex(c.fields[1]), from_hex(c.fields[2]));
    m.check(c, result ? hex(*result) : "!ValueError: base is not invertible for the given modulus",
            c.fields[3]);
  }
}

TEST_CASE("int unary operations and conversions") {
  Mismatches m;
  for (const Case& c : cases("iunary")) {
    const std::vector<std::string>& f = c.fields;
    BigInt n = from_hex(f[0]);
    std::string limited = n.exceeds_str_digits(py::num::kDefaultMaxStrDigits)
                              ? "!ValueError: " + py::num::max_str_digits_error(4300)
                              : n.to_string();
    std::string got = hex(-n) + " " + hex(~n) + " " + hex(n.abs()) + " " +
                      std::to_string(n.bit_length()) + " " + std::to_string(n.bit_count()) + " " +
                      std::to_string(py::num::hash_bigint(n)) + " " + outcome(n.to_double()) + " " +
                      (n.fits_int64() ? std::to_string(n.to_int64()) : "!") + " " + limited + " " +
                      n.to_string(2) + " " + n.to_string(8) + " " + n.to_string(16) + " " +
                      (f[13] == "-" ? "-" : n.to_string());
    std::string expected;
    for (std::size_t i = 1; i < f.size(); ++i) expected += (i > 1 ? " " : "") + f[i];
    m.check(c, got, expected);
    if (n.fits_int64()) CHECK(py::num::hash_int64(n.to_int64()) == py::num::hash_bigint(n));
    // Every base reads back what it wrote.
    for (int base : {2, 3, 8, 10, 16, 36}) {
      CHECK(BigInt::parse(n.to_string(base), base).value == n);
    }
  }
}

TEST_CASE("int and float") {
  Mismatches m;
  for (const Case& c : cases("ifloat")) {
    std::optional<BigInt> n = BigInt::from_double(from_bits(c.fields[0]));
    m.check(c, n ? hex(*n) : "!", c.fields[1][0] == '!' ? "!" : c.fields[1]);
  }
  for (const Case& c : cases("icmpf")) {
    std::partial_ordering order = py::num::compare(from_hex(c.fields[0]), from_bits(c.fields[1]));
    std::string got = order == std::partial_ordering::unordered ? "nan"
                      : order < 0                               ? "-1"
                      : order > 0                               ? "1"
                                                                : "0";
    m.check(c, got, c.fields[2]);
  }
  for (const Case& c : cases("ipowf")) {
    m.check(c, outcome(py::num::int_pow_float(from_hex(c.fields[0]), from_hex(c.fields[1]))),
            c.fields[2]);
  }
}

TEST_CASE("big numbers are fast") {
  using Clock = std::chrono::steady_clock;
  auto milliseconds = [](Clock::time_point since) {
    return std::chrono::duration<double, std::milli>(Clock::now() - since).count();
  };
  std::map<std::string, std::string> expected;
  for (const Case& c : cases("big")) expected[c.fields[0]] = c.fields[1];

  Clock::time_point start = Clock::now();
  BigInt power = BigInt::pow(3, 10000) * BigInt::pow(2, 10000);  // not a mere shift
  double pow_ms = milliseconds(start);
  CHECK(power == BigInt::pow(6, 10000));
  CHECK(BigInt::pow(2, 10000).to_string() == expected["pow2_10000"]);

  start = Clock::now();
  BigInt factorial = 1;
  for (int i = 2; i <= 1000; ++i) factorial = factorial * i;
  double factorial_ms = milliseconds(start);
  CHECK(factorial.to_string() == expected["factorial_1000"]);

  BigInt big = BigInt::pow(2, 100000);
  start = Clock::now();
  std::string text = big.to_string();
  double str_ms = milliseconds(start);
  CHECK(text == expected["str_pow2_100000"]);
  start = Clock::now();
  ParsedInt back = BigInt::parse(text);
  double parse_ms = milliseconds(start);
  CHECK(back.value == big);
  MESSAGE("3**10000 * 2**10000: " << pow_ms << " ms, factorial(1000): " << factorial_ms
                                  << " ms, str(2**100000): " << str_ms
                                  << " ms, int() of it: " << parse_ms << " ms");
}

TEST_CASE("BigInt at the edges of int64") {
  const std::int64_t min = INT64_MIN, max = INT64_MAX;
  CHECK(BigInt(min).to_string() == "-9223372036854775808");
  CHECK(BigInt(min).fits_int64());
  CHECK(BigInt(min).to_int64() == min);
  CHECK(!(BigInt(min) - 1).fits_int64());
  CHECK(BigInt(max).to_int64() == max);
  CHECK(!(BigInt(max) + 1).fits_int64());
  CHECK(BigInt(UINT64_MAX).to_string() == "18446744073709551615");
  CHECK(BigInt(-5) < 3);
  CHECK(BigInt(0) == BigInt(-0));
  CHECK(!BigInt::from_double(NAN));
  CHECK(!BigInt::from_double(-INFINITY));
  CHECK(BigInt::from_double(-3.9)->to_int64() == -3);
}

TEST_CASE("Unicode digits and spaces") {
  CHECK(py::num::unicode_decimal_value(U'٣') == 3);
  CHECK(py::num::unicode_decimal_value(U'𝟗') == 9);  // MATHEMATICAL DOUBLE-STRUCK DIGIT NINE
  CHECK(py::num::unicode_decimal_value(U'a') == -1);
  CHECK(py::num::unicode_digits_to_ascii("\u3000١٢\u00a0") == " 12 ");
  CHECK(py::num::unicode_digits_to_ascii("1½2") == "1?");
}
