// The random engine against CPython: every line of cpython_random.txt (generate.py) is replayed
// on the engine, in order, and must give exactly what CPython 3.11 gave, errors included.
//
// The distributions built on log, exp, cos, sin, acos and pow return what the C library's
// functions return, as CPython's do, and C libraries round those differently in the last bit
// (glibc with and without FMA, Emscripten's musl). They are compared exactly when this C library
// rounds the file's `math` probes as CPython's did, and to 1e-12 relative otherwise; everything
// else is always compared exactly.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <numeric>
#include <set>
#include <string>
#include <vector>

#include "modules/random_engine.hpp"

namespace {

using py::random::Error;
using py::random::MersenneTwister;
using py::random::Result;

std::vector<std::string> split(const std::string& text, const std::string& separator) {
  std::vector<std::string> parts;
  std::size_t begin = 0;
  while (true) {
    std::size_t end = text.find(separator, begin);
    parts.push_back(text.substr(begin, end - begin));
    if (end == std::string::npos) return parts;
    begin = end + separator.size();
  }
}

// A number in hex (most significant digit first) as little-endian words.
std::vector<std::uint32_t> words_of_hex(const std::string& hex) {
  std::vector<std::uint32_t> words;
  for (std::size_t end = hex.size(); end > 0; end -= std::min<std::size_t>(end, 8)) {
    std::size_t begin = end - std::min<std::size_t>(end, 8);
    words.push_back(static_cast<std::uint32_t>(std::stoul(hex.substr(begin, end - begin), 0, 16)));
  }
  return words;
}

std::string bytes_of_hex(const std::string& hex) {
  std::string bytes;
  for (std::size_t i = 0; i < hex.size(); i += 2) {
    bytes.push_back(static_cast<char>(std::stoul(hex.substr(i, 2), 0, 16)));
  }
  return bytes;
}

// As Python's format(n, 'x').
std::string hex_of_words(const std::vector<std::uint32_t>& words) {
  std::string hex;
  char digits[9];
  for (std::size_t i = words.size(); i-- > 0;) {
    std::snprintf(digits, sizeof digits, hex.empty() ? "%x" : "%08x", words[i]);
    if (!hex.empty() || words[i] != 0) hex += digits;
  }
  return hex.empty() ? "0" : hex;
}

template <class Bytes>
std::string hex_of_bytes(const Bytes& bytes) {
  std::string hex;
  char digits[3];
  for (auto byte : bytes) {
    std::snprintf(digits, sizeof digits, "%02x", static_cast<unsigned>(byte));
    hex += digits;
  }
  return hex;
}

// Enough digits to tell any two doubles apart: equal texts are equal doubles.
std::string show(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.17g", value);
  return text;
}
std::string show(std::int64_t value) {
  return std::to_string(value);
}
std::string show(std::uint64_t value) {
  return std::to_string(value);
}
std::string show(const std::vector<std::size_t>& values) {
  std::string text;
  for (std::size_t value : values) text += (text.empty() ? "" : " ") + std::to_string(value);
  return text;
}
std::string show(const Error& error) {
  return "! " + error.type + ": " + error.message;
}
template <class T>
std::string show(const Result<T>& result) {
  return std::visit([](const auto& value) { return show(value); }, result);
}

double number(const std::string& text) {
  return std::strtod(text.c_str(), nullptr);
}
std::int64_t integer(const std::string& text) {
  return std::stoll(text);
}

// The ops whose results are floats: CPython's repr() is compared as a double.
const std::set<std::string> kFloatOps = {"random", "uniform", "triangular"};
// Float ops whose results go through the C library's transcendental functions.
const std::set<std::string> kLibmOps = {
    "gauss",        "normalvariate", "lognormvariate", "expovariate",    "vonmisesvariate",
    "gammavariate", "betavariate",   "paretovariate",  "weibullvariate", "getstate_gauss_next"};

double libm(const std::string& function, const std::vector<std::string>& a) {
  if (function == "log") return std::log(number(a[0]));
  if (function == "exp") return std::exp(number(a[0]));
  if (function == "cos") return std::cos(number(a[0]));
  if (function == "sin") return std::sin(number(a[0]));
  if (function == "acos") return std::acos(number(a[0]));
  if (function == "pow") return std::pow(number(a[0]), number(a[1]));
  FAIL("unknown math function " << function);
  return 0.0;
}

bool near(const std::string& actual, const std::string& expected) {
  if (actual.starts_with("!") || actual == "None" || expected.starts_with("!")) {
    return actual == expected;
  }
  double x = number(actual), y = number(expected);
  return std::fabs(x - y) <= 1e-12 * std::max({1.0, std::fabs(x), std::fabs(y)});
}

std::string run(MersenneTwister& r, const std::string& op, const std::vector<std::string>& a) {
  if (op == "random") return show(r.random());
  if (op == "getrandbits") {
    auto bits = r.getrandbits(integer(a[0]));
    if (auto* error = std::get_if<Error>(&bits)) return show(*error);
    return hex_of_words(std::get<0>(bits));
  }
  if (op == "randbytes") {
    auto bytes = r.randbytes(integer(a[0]));
    if (auto* error = std::get_if<Error>(&bytes)) return show(*error);
    return hex_of_bytes(std::get<0>(bytes));
  }
  if (op == "randbelow") return show(r.randbelow(std::stoull(a[0])));
  if (op == "randbelow_words") return hex_of_words(r.randbelow(words_of_hex(a[0])));
  if (op == "randrange" && a.size() == 1) return show(r.randrange(integer(a[0])));
  if (op == "randrange") return show(r.randrange(integer(a[0]), integer(a[1]), integer(a[2])));
  if (op == "randint") return show(r.randint(integer(a[0]), integer(a[1])));
  if (op == "choice") {
    auto index = r.choice(std::stoul(a[0]));
    if (auto* error = std::get_if<Error>(&index)) return show(*error);
    return std::to_string(std::get<0>(index));
  }
  if (op == "shuffle") {
    std::vector<std::size_t> items(std::stoul(a[0]));
    std::iota(items.begin(), items.end(), std::size_t{0});
    r.shuffle(std::span(items));
    return show(items);
  }
  if (op == "sample") return show(r.sample(std::stoul(a[0]), integer(a[1])));
  if (op == "choices") return show(r.choices(std::stoul(a[0]), std::stoul(a[1])));
  if (op == "choices_cum") {
    std::vector<double> cum_weights;
    if (a[2] != "-") {
      for (const std::string& weight : split(a[2], ",")) cum_weights.push_back(number(weight));
    }
    return show(r.choices(std::stoul(a[0]), cum_weights, std::stoul(a[1])));
  }
  if (op == "uniform") return show(r.uniform(number(a[0]), number(a[1])));
  if (op == "triangular" && a.empty()) return show(r.triangular());
  if (op == "triangular" && a.size() == 2) return show(r.triangular(number(a[0]), number(a[1])));
  if (op == "triangular") return show(r.triangular(number(a[0]), number(a[1]), number(a[2])));
  if (op == "gauss") return show(r.gauss(number(a[0]), number(a[1])));
  if (op == "normalvariate") return show(r.normalvariate(number(a[0]), number(a[1])));
  if (op == "lognormvariate") return show(r.lognormvariate(number(a[0]), number(a[1])));
  if (op == "expovariate") return show(r.expovariate(number(a[0])));
  if (op == "vonmisesvariate") return show(r.vonmisesvariate(number(a[0]), number(a[1])));
  if (op == "gammavariate") return show(r.gammavariate(number(a[0]), number(a[1])));
  if (op == "betavariate") return show(r.betavariate(number(a[0]), number(a[1])));
  if (op == "paretovariate") return show(r.paretovariate(number(a[0])));
  if (op == "weibullvariate") return show(r.weibullvariate(number(a[0]), number(a[1])));
  if (op == "getstate_gauss_next") {
    auto next = r.state().gauss_next;
    return next ? show(*next) : "None";
  }
  if (op == "getstate") {
    MersenneTwister::State state = r.state();
    std::string text;
    for (std::uint32_t word : state.words) text += std::to_string(word) + " ";
    return text + std::to_string(state.index);
  }
  if (op == "getstate_index") return std::to_string(r.state().index);
  FAIL("unknown op " << op);
  return {};
}

// A seed line: seeds `r` as random.Random(x) does.
void seed(MersenneTwister& r, const std::string& kind, const std::string& value) {
  if (kind == "int") {
    bool negative = value[0] == '-';
    std::vector<std::uint32_t> words = words_of_hex(value.substr(negative ? 1 : 0));
    r.seed_from_words(words);
    // The 64-bit shortcut must agree where it applies.
    std::uint64_t magnitude = words[0] | (words.size() > 1 ? std::uint64_t{words[1]} << 32 : 0);
    if (words.size() <= 2 && magnitude <= (negative ? 1ULL << 63 : (1ULL << 63) - 1)) {
      MersenneTwister small;
      small.seed_from_int(static_cast<std::int64_t>(negative ? 0 - magnitude : magnitude));
      CHECK(small.state() == r.state());
    }
  } else if (kind == "str" || kind == "bytes") {
    r.seed_from_string(bytes_of_hex(value));
  } else if (kind == "hash") {
    r.seed_from_hash(std::stoll(value));
  } else {
    FAIL("unknown seed kind " << kind);
  }
}

}  // namespace

TEST_CASE("the engine replays CPython's random module") {
  std::ifstream file(ATTENDABLE_PYTHON_RANDOM_DIR "/cpython_random.txt");
  REQUIRE(file);
  MersenneTwister r;
  std::string line;
  int line_number = 0, checked = 0;
  bool same_libm = true;  // as CPython's, until a `math` probe rounds differently
  while (std::getline(file, line)) {
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    INFO("cpython_random.txt:" << line_number << ": " << line.substr(0, 200));
    if (line.starts_with("seed ")) {
      std::vector<std::string> words = split(line, " ");
      seed(r, words[1], words.size() > 2 ? words[2] : "");
      continue;
    }
    std::size_t equals = line.find(" = ");
    REQUIRE(equals != std::string::npos);
    std::vector<std::string> call = split(line.substr(0, equals), " ");
    std::string expected_text = line.substr(equals + 3);
    if (call[0] == "sha512") {
      CHECK(hex_of_bytes(py::random::sha512(bytes_of_hex(call.size() > 1 ? call[1] : ""))) ==
            expected_text);
      ++checked;
      continue;
    }
    if (call[0] == "math") {
      std::string actual = show(libm(call[1], {call.begin() + 2, call.end()}));
      std::string expected = show(number(expected_text));
      CHECK(near(actual, expected));
      same_libm = same_libm && actual == expected;
      continue;
    }
    // "N*op": the op N times, results separated by " | ".
    std::size_t count = 1;
    std::string op = call[0];
    if (std::size_t star = op.find('*'); star != std::string::npos) {
      count = std::stoul(op.substr(0, star));
      op = op.substr(star + 1);
    }
    std::vector<std::string> args(call.begin() + 1, call.end());
    std::vector<std::string> expected =
        count > 1 ? split(expected_text, " | ") : std::vector<std::string>{expected_text};
    REQUIRE(expected.size() == count);
    for (std::string& value : expected) {
      bool is_float = kFloatOps.contains(op) || kLibmOps.contains(op);
      if (is_float && !value.starts_with("!") && value != "None") value = show(number(value));
    }
    for (std::size_t i = 0; i < count; ++i) {
      std::string actual = run(r, op, args);
      if (same_libm || !kLibmOps.contains(op)) {
        CHECK(actual == expected[i]);
      } else {
        CHECK_MESSAGE(near(actual, expected[i]), actual << " is not near " << expected[i]);
      }
      ++checked;
    }
  }
  CHECK(checked > 1000);
  if (!same_libm) MESSAGE("libm rounds unlike CPython's: libm-based values compared to 1e-12");
}

TEST_CASE("set_state restores the generator and the cached gauss value") {
  MersenneTwister r;
  r.seed_from_int(2024);
  for (int i = 0; i < 700; ++i) r.random();  // past a regeneration of the words
  r.gauss();
  MersenneTwister::State saved = r.state();
  REQUIRE(saved.gauss_next.has_value());
  std::vector<double> first;
  for (int i = 0; i < 5; ++i) first.push_back(r.gauss());
  CHECK_FALSE(r.set_state(saved).has_value());
  for (int i = 0; i < 5; ++i) CHECK(r.gauss() == first[i]);

  MersenneTwister::State invalid = saved;
  invalid.index = static_cast<int>(MersenneTwister::kStateWords) + 1;
  MersenneTwister::State before = r.state();
  CHECK(r.set_state(invalid) == Error{"ValueError", "invalid state"});
  CHECK(r.state() == before);
}

TEST_CASE("seeding forgets the cached gauss value") {
  MersenneTwister r;
  r.seed_from_int(7);
  double first = r.gauss();
  r.seed_from_int(7);
  CHECK(r.gauss() == first);
  r.seed_from_time_and_pid();
  CHECK_FALSE(r.state().gauss_next.has_value());
}

TEST_CASE("unseeded generators differ") {
  MersenneTwister a, b;
  std::vector<std::uint32_t> from_a, from_b;
  for (int i = 0; i < 4; ++i) {
    from_a.push_back(a.genrand_uint32());
    from_b.push_back(b.genrand_uint32());
  }
  CHECK(from_a != from_b);
  double x = a.random();
  CHECK((x >= 0.0 && x < 1.0));
}

TEST_CASE("shuffle moves any element type as it moves indices") {
  MersenneTwister by_index, by_name;
  by_index.seed_from_int(3);
  by_name.seed_from_int(3);
  std::vector<std::size_t> indices = {0, 1, 2, 3, 4, 5};
  std::vector<std::string> names = {"a", "b", "c", "d", "e", "f"};
  by_index.shuffle(std::span(indices));
  by_name.shuffle(std::span(names));
  for (std::size_t i = 0; i < names.size(); ++i) {
    CHECK(names[i] == std::string(1, static_cast<char>('a' + indices[i])));
  }
}
