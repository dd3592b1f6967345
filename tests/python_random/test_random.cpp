// The random module against CPython: every line of cpython_random.txt (generate.py) is replayed
// on the engine — the native Mersenne Twister (random_engine.hpp) under random.py's methods, run
// as one Python program — in order, and must give exactly what CPython 3.11 gave, errors
// included.
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
#include <set>
#include <string>
#include <vector>

#include "modules/random_engine.hpp"
#include "program.hpp"

namespace {

using py::random::MersenneTwister;

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

// Enough digits to tell any two doubles apart: equal texts are equal doubles.
std::string show(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.17g", value);
  return text;
}
double number(const std::string& text) {
  return std::strtod(text.c_str(), nullptr);
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

// A number of the file as a Python literal.
std::string literal(const std::string& text) {
  if (text == "inf" || text == "-inf" || text == "nan") return "float('" + text + "')";
  return text;
}

std::string join(const std::vector<std::string>& args) {
  std::string text;
  for (const std::string& arg : args) text += (text.empty() ? "" : ", ") + literal(arg);
  return text;
}

// The Python expression (over the generator `r`) whose value is the op's result as the file
// writes it.
std::string expression(const std::string& op, const std::vector<std::string>& a) {
  if (op == "getrandbits") return "_hex(r.getrandbits(" + a[0] + "))";
  if (op == "randbelow_words") return "_hex(r._randbelow(0x" + a[0] + "))";
  if (op == "randbytes") return "''.join('%02x' % b for b in r.randbytes(" + a[0] + "))";
  if (op == "randbelow") return "r._randbelow(" + a[0] + ")";
  if (op == "choice") return "r.choice(" + (a[0] == "0" ? "[]" : "range(" + a[0] + ")") + ")";
  if (op == "shuffle") return "_shuffled(" + a[0] + ")";
  if (op == "sample") return "_list(r.sample(range(" + a[0] + "), " + a[1] + "))";
  if (op == "choices") return "_list(r.choices(range(" + a[0] + "), k=" + a[1] + "))";
  if (op == "choices_cum") {
    std::string weights;
    if (a[2] != "-") {
      for (const std::string& weight : split(a[2], ","))
        weights += (weights.empty() ? "" : ", ") + literal(weight);
    }
    return "_list(r.choices(range(" + a[0] + "), cum_weights=[" + weights + "], k=" + a[1] + "))";
  }
  if (op == "getstate_gauss_next") return "r.getstate()[2]";
  if (op == "getstate") return "_list(r.getstate()[1])";
  if (op == "getstate_index") return "r.getstate()[1][-1]";
  return "r." + op + "(" + join(a) + ")";  // random, randrange, randint, the distributions
}

// A seed line: the statement making `r` as random.Random(x) does.
std::string seed(const std::string& kind, const std::string& value) {
  if (kind == "int") {
    bool negative = value[0] == '-';
    return "r = random.Random(" + std::string(negative ? "-" : "") + "0x" +
           value.substr(negative ? 1 : 0) + ")";
  }
  std::string bytes = "bytes([";
  for (std::size_t i = 0; i < value.size(); i += 2) bytes += "0x" + value.substr(i, 2) + ", ";
  bytes += "])";
  if (kind == "str") return "r = random.Random(" + bytes + ".decode())";
  if (kind == "bytes") return "r = random.Random(" + bytes + ")";
  // random.Random(x) of a float x seeds with (size_t)hash(x), as the int of those bits does.
  if (kind == "hash") return "r = random.Random(" + value + " & 0xFFFFFFFFFFFFFFFF)";
  FAIL("unknown seed kind " << kind);
  return {};
}

constexpr const char* kPrelude = R"(import random
def _hex(n):
    return format(n, 'x')
def _list(values):
    return ' '.join(map(str, values))
def _shuffled(n):
    x = list(range(n))
    r.shuffle(x)
    return _list(x)
def _out(f):
    try:
        value = f()
    except Exception as error:
        value = '! %s: %s' % (type(error).__name__, error)
    print(value)
)";

class CapturingHost : public py::Host {
 public:
  void write_stdout(std::string_view text) override { out += text; }
  void write_stderr(std::string_view text) override { err += text; }
  bool interrupt_requested() override { return false; }
  std::string out, err;
};

// Runs a Python program to its end: its exit status, stdout and stderr.
struct Ran {
  int status;
  std::string out, err;
};
Ran run_program(const std::string& filename, const std::string& text) {
  CapturingHost host;
  py::VM vm(host);
  py::Program program(vm, {});
  py::Program::State state = program.start(filename, text);
  while (state == py::Program::State::Running) state = program.run();
  CHECK(state == py::Program::State::Finished);
  return {program.exit_status(), host.out, host.err};
}

}  // namespace

TEST_CASE("the random module replays CPython's") {
  std::ifstream file(ATTENDABLE_PYTHON_RANDOM_DIR "/cpython_random.txt");
  REQUIRE(file);
  std::string line, program = kPrelude;
  struct Expected {
    int line_number;
    std::string op, value;
  };
  std::vector<Expected> expected;
  int line_number = 0;
  bool same_libm = true;  // as CPython's, until a `math` probe rounds differently
  while (std::getline(file, line)) {
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    INFO("cpython_random.txt:" << line_number << ": " << line.substr(0, 200));
    if (line.starts_with("seed ")) {
      std::vector<std::string> words = split(line, " ");
      program += seed(words[1], words.size() > 2 ? words[2] : "") + "\n";
      continue;
    }
    std::size_t equals = line.find(" = ");
    REQUIRE(equals != std::string::npos);
    std::vector<std::string> call = split(line.substr(0, equals), " ");
    std::string expected_text = line.substr(equals + 3);
    if (call[0] == "sha512") {
      // random.py's own SHA-512, which seeds from a str or bytes.
      program += "_out(lambda: random._sha512(bytes.fromhex('" +
                 (call.size() > 1 ? call[1] : std::string()) + "')).hex())\n";
      expected.push_back({line_number, "sha512", expected_text});
      continue;
    }
    if (call[0] == "math") {
      std::string actual = show(libm(call[1], {call.begin() + 2, call.end()}));
      std::string expected_value = show(number(expected_text));
      CHECK(near(actual, expected_value));
      same_libm = same_libm && actual == expected_value;
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
    std::vector<std::string> values =
        count > 1 ? split(expected_text, " | ") : std::vector<std::string>{expected_text};
    REQUIRE(values.size() == count);
    for (const std::string& value : values) {
      program += "_out(lambda: " + expression(op, args) + ")\n";
      expected.push_back({line_number, op, value});
    }
  }
  Ran ran = run_program("replay.py", program);
  CHECK(ran.status == 0);
  CHECK(ran.err == "");
  std::vector<std::string> actual = split(ran.out, "\n");
  REQUIRE(actual.size() == expected.size() + 1);  // the last line is empty
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const Expected& e = expected[i];
    INFO("cpython_random.txt:" << e.line_number << ": " << e.op);
    std::string want = e.value, got = actual[i];
    bool is_float = kFloatOps.contains(e.op) || kLibmOps.contains(e.op);
    if (is_float && !want.starts_with("!") && want != "None") want = show(number(want));
    if (is_float && !got.starts_with("!") && got != "None") got = show(number(got));
    if (same_libm || !kLibmOps.contains(e.op)) {
      CHECK(got == want);
    } else {
      CHECK_MESSAGE(near(got, want), got << " is not near " << want);
    }
  }
  CHECK(expected.size() > 1000);
  if (!same_libm) MESSAGE("libm rounds unlike CPython's: libm-based values compared to 1e-12");
}

TEST_CASE("set_state restores the generator; an index beyond the words is refused") {
  MersenneTwister r;
  const std::uint32_t seed[1] = {2024};
  r.seed_from_words(seed);
  for (int i = 0; i < 700; ++i) r.random();  // past a regeneration of the words
  MersenneTwister::State saved = r.state();
  std::vector<double> first;
  for (int i = 0; i < 5; ++i) first.push_back(r.random());
  CHECK(r.set_state(saved));
  for (int i = 0; i < 5; ++i) CHECK(r.random() == first[i]);

  MersenneTwister::State invalid = saved;
  invalid.index = static_cast<int>(MersenneTwister::kStateWords) + 1;
  MersenneTwister::State before = r.state();
  CHECK_FALSE(r.set_state(invalid));
  CHECK(r.state() == before);
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

// random.py and collections.py are hidden (Source::hidden): an error raised in them shows the
// user's line last, as an error raised in C does.
TEST_CASE("errors inside random.py and collections.py show no frame of theirs") {
  Ran ran = run_program("user.py", "import random\nrandom.randint(5, 1)\n");
  CHECK(ran.status == 1);
  CHECK(ran.err ==
        "Traceback (most recent call last):\n"
        "  File \"user.py\", line 2, in <module>\n"
        "    random.randint(5, 1)\n"
        "ValueError: empty range for randrange() (5, 2, -3)\n");
  ran = run_program("user.py",
                    "import collections\n"
                    "def f():\n"
                    "    return collections.namedtuple('P', 'x _y')\n"
                    "f()\n");
  CHECK(ran.status == 1);
  CHECK(ran.err ==
        "Traceback (most recent call last):\n"
        "  File \"user.py\", line 4, in <module>\n"
        "    f()\n"
        "  File \"user.py\", line 3, in f\n"
        "    return collections.namedtuple('P', 'x _y')\n"
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
        "ValueError: Field names cannot start with an underscore: '_y'\n");
  // A user's function called from hidden code keeps its frame.
  ran = run_program("user.py",
                    "import collections\n"
                    "def factory():\n"
                    "    raise KeyError('no')\n"
                    "collections.defaultdict(factory)[1]\n");
  CHECK(ran.err ==
        "Traceback (most recent call last):\n"
        "  File \"user.py\", line 4, in <module>\n"
        "    collections.defaultdict(factory)[1]\n"
        "    ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~^^^\n"  // CPython 3.11's anchors of a subscript
        "  File \"user.py\", line 3, in factory\n"
        "    raise KeyError('no')\n"
        "KeyError: 'no'\n");
}
