// A small fuzzing driver for compilers without libFuzzer (g++): it calls the same
// LLVMFuzzerTestOneInput as libFuzzer would.
//
//   fuzz_program [--seconds N] [--seed S] [--timeout T] [--rss-limit-mb M] [--max-len L]
//                [--out DIR] [--fail-on-slow] CORPUS_DIR_OR_FILE...
//
// Every file given (directly or inside a directory, sorted by name) runs once; then, for N
// seconds, mutated inputs run: byte flips, insertions, deletions, duplications, splices between
// inputs, Python tokens and snippets (`async def`, `await`, brackets, `yield`, `lambda`, `*`,
// `**`...), deep nesting, huge ints, invalid UTF-8, indentation changes, the mode byte (see
// fuzz_program.cpp). The sequence of inputs depends only on the seed. Mutants that still parse
// join the pool of inputs to mutate (a cheap stand-in for coverage feedback).
//
// Before each input runs, it is written to DIR/last_input.py (DIR defaults to the current
// directory): when ASan or UBSan aborts the process, that file reproduces the crash with
// `fuzz_program DIR/last_input.py`. A watchdog thread reports inputs slower than T seconds
// (default 5; they are copied to DIR/slow-<n>.py and the program is interrupted, as Ctrl-C
// would), aborts on one that runs 12 times longer, and aborts when one input makes the resident
// memory grow by more than M megabytes (default 4096). Memory that earlier inputs leave behind
// (objects in reference cycles: the engine has no cycle collector) accumulates over a run; when
// it passes M/2 megabytes the run ends early, successfully, saying so. The last line printed is
// the number of executions and their rate.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cctype>
#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <unistd.h>

#include "parser.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
extern "C" void attendable_fuzz_interrupt(bool on);

// No single allocation may be larger than the engine's own limits allow (4 GiB blocks): a
// larger request is an ASan report rather than the machine's memory exhausted.
extern "C" const char* __asan_default_options() {
  return "max_allocation_size_mb=4200:allocator_may_return_null=0";
}
// UBSan reports with their stack, as ASan's.
extern "C" const char* __ubsan_default_options() { return "print_stacktrace=1"; }

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// ---- Options ------------------------------------------------------------------------------------

struct Options {
  double seconds = 0;
  std::uint64_t seed = 1;
  double timeout = 5;
  std::size_t rss_limit_mb = 4096;
  std::size_t max_len = 16384;
  fs::path out = ".";
  bool fail_on_slow = false;
  std::vector<fs::path> inputs;
};

[[noreturn]] void usage(const std::string& problem) {
  std::fprintf(stderr,
               "fuzz_program: %s\n"
               "usage: fuzz_program [--seconds N] [--seed S] [--timeout T] [--rss-limit-mb M]\n"
               "                    [--max-len L] [--out DIR] [--fail-on-slow] "
               "CORPUS_DIR_OR_FILE...\n",
               problem.c_str());
  std::exit(2);
}

Options parse_options(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) usage("missing value after " + arg);
      return argv[++i];
    };
    try {
      if (arg == "--seconds") {
        o.seconds = std::stod(value());
      } else if (arg == "--seed") {
        o.seed = std::stoull(value());
      } else if (arg == "--timeout") {
        o.timeout = std::stod(value());
      } else if (arg == "--rss-limit-mb") {
        o.rss_limit_mb = std::stoull(value());
      } else if (arg == "--max-len") {
        o.max_len = std::stoull(value());
      } else if (arg == "--out") {
        o.out = value();
      } else if (arg == "--fail-on-slow") {
        o.fail_on_slow = true;
      } else if (arg == "-h" || arg == "--help") {
        usage("help");
      } else if (arg.size() > 1 && arg[0] == '-') {
        usage("unknown option " + arg);
      } else {
        o.inputs.emplace_back(arg);
      }
    } catch (const std::exception&) {
      usage("bad value for " + arg);
    }
  }
  if (o.inputs.empty()) usage("no corpus given");
  return o;
}

std::string read_file(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << file.rdbuf();
  return buffer.str();
}

void write_file(const fs::path& path, std::string_view data) {
  if (std::FILE* f = std::fopen(path.c_str(), "wb")) {
    std::fwrite(data.data(), 1, data.size(), f);
    std::fclose(f);
  }
}

// ---- Watchdog -----------------------------------------------------------------------------------

std::size_t resident_mb() {
  std::FILE* f = std::fopen("/proc/self/statm", "r");
  if (!f) return 0;
  unsigned long size = 0, resident = 0;
  int n = std::fscanf(f, "%lu %lu", &size, &resident);
  std::fclose(f);
  if (n != 2) return 0;
  return resident * static_cast<std::size_t>(sysconf(_SC_PAGESIZE)) / (1024 * 1024);
}

class Watchdog {
 public:
  explicit Watchdog(const Options& options) : options_(options) {
    thread_ = std::thread([this] { loop(); });
  }
  ~Watchdog() {
    stop_ = true;
    thread_.join();
  }

  void begin(const std::string& input) {
    std::lock_guard<std::mutex> lock(mutex_);
    input_ = input;
    rss_at_begin_ = resident_mb();
    started_ = Clock::now();
    running_ = true;
    reported_ = false;
  }
  void end() {
    std::lock_guard<std::mutex> lock(mutex_);
    running_ = false;
    attendable_fuzz_interrupt(false);
  }
  std::size_t slow_count() const { return slow_; }

 private:
  void loop() {
    while (!stop_) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      std::lock_guard<std::mutex> lock(mutex_);
      if (!running_) continue;
      double elapsed = std::chrono::duration<double>(Clock::now() - started_).count();
      std::size_t rss = resident_mb();
      if (rss > rss_at_begin_ + options_.rss_limit_mb) {
        fs::path path = options_.out / "oom_input.py";
        write_file(path, input_);
        std::fprintf(stderr,
                     "==fuzz_program== out of memory: one input took the resident memory from "
                     "%zu to %zu MB (limit: %zu MB more); input saved as %s\n",
                     rss_at_begin_, rss, options_.rss_limit_mb, path.c_str());
        std::fflush(stderr);
        std::abort();
      }
      if (elapsed > options_.timeout * 12) {
        fs::path path = options_.out / "timeout_input.py";
        write_file(path, input_);
        std::fprintf(stderr,
                     "==fuzz_program== timeout: one input ran %.1f s, interrupting it did not "
                     "end it; saved as %s\n",
                     elapsed, path.c_str());
        std::fflush(stderr);
        std::abort();
      }
      if (elapsed > options_.timeout && !reported_) {
        reported_ = true;
        ++slow_;
        fs::path path = options_.out / ("slow-" + std::to_string(slow_) + ".py");
        write_file(path, input_);
        std::fprintf(stderr,
                     "==fuzz_program== slow input: over %.1f s (%zu MB resident), saved as %s; "
                     "interrupting it\n",
                     options_.timeout, rss, path.c_str());
        std::fflush(stderr);
        attendable_fuzz_interrupt(true);
      }
    }
  }

  const Options& options_;
  std::thread thread_;
  std::atomic<bool> stop_{false};
  std::mutex mutex_;
  std::string input_;
  std::size_t rss_at_begin_ = 0;
  Clock::time_point started_;
  bool running_ = false;
  bool reported_ = false;
  std::atomic<std::size_t> slow_{0};
};

// ---- Mutations ----------------------------------------------------------------------------------

const char* const kTokens[] = {
    "async def ", "await ", "(", ")", "[", "]", "{", "}", "yield ", "yield from ", "lambda ",
    "lambda: ", "lambda *a, **k: ", "*", "**", "*a", "**k", ":", ",", ".", "=", ":=", "->", "@",
    "+", "-", "~", "//", "%", "<<", ">>", "&", "|", "^", "==", "!=", "<", ">=", "+=", "**=",
    "if ", " else ", "elif ", "while ", "for ", " in ", "not ", " and ", " or ", " is ",
    "return ", "return", "raise ", "raise", " from ", "try:", "except ", "except:", "except* ",
    "finally:", "with ", "async with ", "async for ", " as ", "del ", "global ", "nonlocal ",
    "pass", "break", "continue", "class ", "def ", "import asyncio\n", "import ", "from ",
    "asyncio.run(", "asyncio.create_task(", "asyncio.gather(", "asyncio.sleep(0)",
    "asyncio.sleep(1)", "await asyncio.sleep(0)", "asyncio.TaskGroup()", "asyncio.timeout(0)",
    "asyncio.Queue()", "asyncio.Event()", "asyncio.Lock()", "asyncio.shield(",
    "asyncio.wait_for(", "asyncio.get_running_loop()", "asyncio.current_task()", ".cancel()",
    ".result()", ".send(None)", ".throw(", ".close()", "print(", "input()", "range(", "len(",
    "list(", "dict(", "set(", "tuple(", "str(", "repr(", "int(", "float(", "bool(", "super()",
    "__class__", "__init__", "__getattr__", "__eq__", "__hash__", "__iter__", "__next__",
    "__aiter__", "__anext__", "__await__", "__enter__", "__exit__", "__aenter__", "__aexit__",
    "__del__", "__repr__", "__len__", "__index__", "__bool__", "__getitem__", "__call__",
    "__name__", "__dict__", "__slots__", "self", "None", "True", "False", "...", "f'{", "}'",
    "f\"{x!r:>{w}}\"", "'", "\"", "\"\"\"", "'''", "\\", "\\n", "\\x", "\\N{", "\\u", "#",
    "\n", "\n    ", "\n        ", "\t", ";", " ", "match ", "case ", "type(", "isinstance(",
    "getattr(", "setattr(", "hasattr(", "iter(", "next(", "sorted(", "map(", "filter(", "zip(",
    "enumerate(", "sum(", "min(", "max(", "abs(", "divmod(", "pow(", "round(", "hash(", "id(",
    "format(", "chr(", "ord(", "globals()", "locals()", "vars(", "exec(", "eval(",
    "__import__(", "object", "Exception", "BaseException", "StopIteration", "GeneratorExit",
    "KeyboardInterrupt", "ExceptionGroup(", "0", "1", "-1", "1.5", "1e308", "1e-320", "1j",
    "0x", "0o", "0b", "_", "nan", "float('inf')", "float('nan')", "-0.0", "10**400", "2**64",
    "2**63", "-2**63", "2**100000", "1 << 64", "10 ** -5", "'%s' % ", ".format(", "[::-1]",
    "[1:2:0]", "[-1]", "[::", "x", "y", "a", "b", "c", "f", "g", "it", "import math\n",
    "import collections\n", "import functools\n", "import itertools\n", "import random\n",
    "import time\n", "time.sleep(0.5)", "random.seed(", "math.factorial(",
    "functools.reduce(", "itertools.product(", "collections.deque(",
    "collections.defaultdict(", "collections.Counter(", "@functools.cache\n",
    "@property\n", "@staticmethod\n", "@classmethod\n", "sys", "__builtins__", "breakpoint()",
};

const char* const kSnippets[] = {
    "def f(*a, **k):\n    yield a\n", "async def g():\n    await g()\n",
    "class C:\n    pass\n", "class C(Exception):\n    def __str__(self):\n        return 1\n",
    "for x in range(3):\n    pass\n", "try:\n    pass\nexcept Exception as e:\n    pass\n",
    "try:\n    1/0\nfinally:\n    return\n", "with x as y:\n    pass\n",
    "while True:\n    pass\n", "async def main():\n    async for x in agen():\n        pass\n",
    "async def agen():\n    yield 1\n", "asyncio.run(main())\n",
    "t = asyncio.create_task(main())\n", "await asyncio.gather(*[main() for _ in range(3)])\n",
    "async with asyncio.TaskGroup() as tg:\n    tg.create_task(main())\n",
    "except* ValueError as eg:\n    pass\n", "g = (x for x in g)\n", "l = []\nl.append(l)\n",
    "def r():\n    return r()\n", "x = yield\n", "nonlocal x\n", "global x\n",
    "del x\n", "raise StopIteration\n", "return await g()\n", "@f\n", "[x async for x in y]",
    "{k: v for k, v in zip(a, b)}", "(x := 1)", "lambda: (yield)", "f'{x=}'",
    "f'{x:{y}.{z}}'", "print(*a, sep=x, end=y)", "a, *b, c = d", "(a, b), c = d",
    "x[a:b, ...] = y", "o.__class__ = C", "super().__init__()", "type('X', (), {})",
    "import asyncio\nasync def main():\n    await asyncio.sleep(0)\nasyncio.run(main())\n",
};

const char* const kInvalidUtf8[] = {
    "\xff", "\xfe", "\xc3", "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe2\x82",
    "\xef\xbb\xbf", "\x80", "\xf0\x9f\x98", "\x00",
};

const char* const kNesting[][2] = {
    {"(", ")"},      {"[", "]"},     {"{", "}"},      {"-", ""},        {"not ", ""},
    {"lambda: ", ""}, {"await ", ""}, {"f'{", "}'"},   {"(yield ", ")"}, {"[*", "]"},
    {"{**", "}"},    {"~", ""},      {"(1 if ", " else 2)"}, {"[x for x in ", "]"},
    {"if 1:\n", ""},
};

class Mutator {
 public:
  explicit Mutator(std::uint64_t seed, std::size_t max_len) : rng_(seed), max_len_(max_len) {}

  std::size_t below(std::size_t n) { return n == 0 ? 0 : rng_() % n; }
  bool chance(int one_in) { return below(one_in) == 0; }

  std::string mutate(const std::string& base, const std::vector<std::string>& pool) {
    std::string s = base;
    std::size_t steps = 1 + below(4);
    if (chance(4)) steps += below(8);
    for (std::size_t i = 0; i < steps; ++i) step(s, pool);
    if (s.size() > max_len_) s.resize(max_len_);
    return s;
  }

 private:
  std::size_t position(const std::string& s) { return below(s.size() + 1); }

  // A position at the start of a line or after a space, when there is one near.
  std::size_t boundary(const std::string& s) {
    std::size_t p = position(s);
    for (std::size_t i = p; i < s.size() && i < p + 40; ++i)
      if (s[i] == ' ' || s[i] == '\n' || s[i] == '(' || s[i] == ',') return i + 1;
    return p;
  }

  std::pair<std::size_t, std::size_t> line_range(const std::string& s) {
    std::size_t p = position(s);
    std::size_t begin = s.rfind('\n', p == 0 ? 0 : p - 1);
    begin = (begin == std::string::npos || p == 0) ? 0 : begin + 1;
    std::size_t end = s.find('\n', begin);
    end = end == std::string::npos ? s.size() : end + 1;
    return {begin, end};
  }

  char random_byte() {
    static const char kInteresting[] = " \n\t\\'\"#()[]{}:.,;=*+-/%@!<>&|^~0123456789abcxyz_";
    switch (below(4)) {
      case 0: return static_cast<char>(below(256));
      case 1: return static_cast<char>(0x20 + below(0x5f));
      default: return kInteresting[below(sizeof(kInteresting) - 1)];
    }
  }

  std::string huge_int() {
    switch (below(7)) {
      case 0: return std::string(1 + below(600), '9');
      case 1: return "10**" + std::to_string(below(5000));
      case 2: return "2**" + std::to_string(below(200000));
      case 3: return "-(2**" + std::to_string(below(130)) + ")";
      case 4: return "0x" + std::string(1 + below(200), 'f');
      case 5: return std::to_string(rng_());
      default: {
        static const char* const kEdge[] = {"2**31", "2**32", "2**63-1", "-2**63", "2**64",
                                            "1e308*10", "1_0_0", "0_0", "9" "e999", "0.1e-400",
                                            "-0", "4300*'9'", "int('9'*5000)"};
        return kEdge[below(sizeof(kEdge) / sizeof(*kEdge))];
      }
    }
  }

  void step(std::string& s, const std::vector<std::string>& pool) {
    switch (below(20)) {
      case 0:  // flip a bit
        if (!s.empty()) s[below(s.size())] ^= static_cast<char>(1u << below(8));
        break;
      case 1:  // replace a byte
        if (!s.empty()) s[below(s.size())] = random_byte();
        break;
      case 2:  // insert bytes
        s.insert(position(s), 1 + below(3), random_byte());
        break;
      case 3:
      case 4: {  // delete a range
        if (s.empty()) break;
        std::size_t p = below(s.size());
        s.erase(p, 1 + below(chance(4) ? 64 : 8));
        break;
      }
      case 5: {  // duplicate a range
        if (s.empty()) break;
        std::size_t p = below(s.size());
        std::string chunk = s.substr(p, 1 + below(64));
        s.insert(position(s), chunk);
        break;
      }
      case 6: {  // splice in a chunk of another input
        const std::string& other = pool[below(pool.size())];
        if (other.empty()) break;
        std::size_t p = below(other.size());
        s.insert(position(s), other.substr(p, 1 + below(200)));
        break;
      }
      case 7: {  // crossover: this one's head, the other one's tail, at line starts
        const std::string& other = pool[below(pool.size())];
        auto [head_end, unused] = line_range(s);
        (void)unused;
        std::size_t tail =
            other.empty() ? std::string::npos : other.find('\n', below(other.size()));
        s = s.substr(0, head_end) + (tail == std::string::npos ? "" : other.substr(tail + 1));
        break;
      }
      case 8:
      case 9:
      case 10:  // a Python token
        s.insert(boundary(s), kTokens[below(sizeof(kTokens) / sizeof(*kTokens))]);
        break;
      case 11: {  // replace a word with a token
        if (s.empty()) break;
        std::size_t p = below(s.size());
        std::size_t e = p;
        while (e < s.size() && (std::isalnum(static_cast<unsigned char>(s[e])) || s[e] == '_'))
          ++e;
        s.replace(p, e - p, kTokens[below(sizeof(kTokens) / sizeof(*kTokens))]);
        break;
      }
      case 12: {  // a snippet, at a line start, indented like the line
        auto [begin, end] = line_range(s);
        (void)end;
        std::size_t indent = 0;
        while (begin + indent < s.size() && s[begin + indent] == ' ') ++indent;
        std::string snippet = kSnippets[below(sizeof(kSnippets) / sizeof(*kSnippets))];
        std::string indented;
        for (std::size_t i = 0; i < snippet.size(); ++i) {
          if (i == 0 || snippet[i - 1] == '\n') indented.append(indent, ' ');
          indented += snippet[i];
        }
        if (indented.empty() || indented.back() != '\n') indented += '\n';
        s.insert(begin, indented);
        break;
      }
      case 13: {  // deep nesting around an expression-ish range
        const auto& pair = kNesting[below(sizeof(kNesting) / sizeof(*kNesting))];
        std::size_t depth = 1 + below(chance(3) ? 400 : 40);
        std::size_t p = boundary(s);
        std::size_t e = std::min(s.size(), p + below(20));
        std::size_t nl = s.find('\n', p);
        if (nl != std::string::npos && nl < e) e = nl;
        std::string open, close;
        for (std::size_t i = 0; i < depth; ++i) open += pair[0], close += pair[1];
        s.insert(e, close);
        s.insert(p, open);
        break;
      }
      case 14: {  // a huge or edge-case int, replacing a number when there is one
        std::size_t p = position(s);
        std::size_t d = p;
        while (d < s.size() && !std::isdigit(static_cast<unsigned char>(s[d]))) ++d;
        if (d < s.size() && d < p + 80) {
          std::size_t e = d;
          while (e < s.size() && std::isdigit(static_cast<unsigned char>(s[e]))) ++e;
          s.replace(d, e - d, huge_int());
        } else {
          s.insert(boundary(s), huge_int());
        }
        break;
      }
      case 15: {  // line operations: delete, duplicate, move
        auto [begin, end] = line_range(s);
        std::string line = s.substr(begin, end - begin);
        switch (below(3)) {
          case 0: s.erase(begin, end - begin); break;
          case 1: s.insert(begin, line); break;
          default: {
            s.erase(begin, end - begin);
            auto [to, unused] = line_range(s);
            (void)unused;
            s.insert(to, line);
          }
        }
        break;
      }
      case 16: {  // indentation: more, less, or a tab
        auto [begin, end] = line_range(s);
        (void)end;
        switch (below(3)) {
          case 0: s.insert(begin, "    "); break;
          case 1: s.insert(begin, "\t"); break;
          default:
            if (s.compare(begin, 4, "    ") == 0) s.erase(begin, 4);
        }
        break;
      }
      case 17:  // invalid UTF-8 (or a BOM, or NUL)
        s.insert(position(s), kInvalidUtf8[below(sizeof(kInvalidUtf8) / sizeof(*kInvalidUtf8))]);
        break;
      case 18:  // the mode byte (fuzz_program.cpp): parse only, display, or plain
        if (!s.empty() && (s[0] == '\x01' || s[0] == '\x02')) {
          s.erase(0, 1);
        } else {
          s.insert(s.begin(), chance(2) ? '\x01' : '\x02');
        }
        break;
      default: {  // a random chunk of a pool input replaces a range (keeps inputs near valid)
        const std::string& other = pool[below(pool.size())];
        if (other.empty() || s.empty()) break;
        auto [ob, oe] = line_range(other);
        auto [b, e] = line_range(s);
        s.replace(b, e - b, other.substr(ob, oe - ob));
        break;
      }
    }
  }

  std::mt19937_64 rng_;
  std::size_t max_len_;
};

bool parses(std::string_view input) {
  if (!input.empty() && (input[0] == '\x01' || input[0] == '\x02')) input.remove_prefix(1);
  return py::parse_module(input).module != nullptr;
}

}  // namespace

int main(int argc, char** argv) {
  Options options = parse_options(argc, argv);
  std::error_code ec;
  fs::create_directories(options.out, ec);
  const fs::path last_input = options.out / "last_input.py";

  std::vector<fs::path> files;
  for (const fs::path& input : options.inputs) {
    if (fs::is_directory(input)) {
      std::vector<fs::path> found;
      // Python programs only: the corpus folders hold expected-output files beside them.
      for (const auto& entry : fs::directory_iterator(input))
        if (entry.is_regular_file() && entry.path().extension() == ".py")
          found.push_back(entry.path());
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::is_regular_file(input)) {
      files.push_back(input);
    } else {
      usage("cannot read " + input.string());
    }
  }

  Watchdog watchdog(options);
  const Clock::time_point start = Clock::now();
  std::uint64_t executions = 0;
  auto execute = [&](const std::string& input) {
    write_file(last_input, input);
    watchdog.begin(input);
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
    watchdog.end();
    ++executions;
  };

  std::vector<std::string> pool;
  for (const fs::path& file : files) {
    std::string input = read_file(file);
    execute(input);
    pool.push_back(std::move(input));
  }
  const std::uint64_t seed_runs = executions;
  std::printf("fuzz_program: ran %" PRIu64 " inputs from the corpus\n", seed_runs);
  std::fflush(stdout);

  if (options.seconds > 0 && !pool.empty()) {
    const std::size_t seeds = pool.size();
    const std::size_t max_pool = seeds + 2000;
    Mutator mutator(options.seed, options.max_len);
    const Clock::time_point deadline =
        Clock::now() + std::chrono::duration_cast<Clock::duration>(
                           std::chrono::duration<double>(options.seconds));
    Clock::time_point next_report = Clock::now() + std::chrono::seconds(10);
    while (Clock::now() < deadline) {
      if (std::size_t rss = resident_mb(); rss > options.rss_limit_mb / 2) {
        std::printf("fuzz_program: ending early: %zu MB resident, left by earlier inputs (objects "
                    "in reference cycles are not collected)\n",
                    rss);
        break;
      }
      const std::string& base = pool[mutator.below(pool.size())];
      std::string input = mutator.mutate(base, pool);
      execute(input);
      if (input != base && parses(input)) {
        if (pool.size() < max_pool) {
          pool.push_back(std::move(input));
        } else {
          pool[seeds + mutator.below(max_pool - seeds)] = std::move(input);
        }
      }
      if (Clock::now() >= next_report) {
        next_report += std::chrono::seconds(10);
        double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
        std::printf("#%" PRIu64 " %.0f s, %.0f exec/s, pool %zu, slow %zu\n", executions,
                    elapsed, executions / elapsed, pool.size(), watchdog.slow_count());
        std::fflush(stdout);
      }
    }
  }

  double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
  std::printf("fuzz_program: %" PRIu64 " executions (%" PRIu64
              " from the corpus) in %.1f s, %.1f exec/s, %zu slow (over %.1f s)\n",
              executions, seed_runs, elapsed, elapsed > 0 ? executions / elapsed : 0.0,
              watchdog.slow_count(), options.timeout);
  return options.fail_on_slow && watchdog.slow_count() > 0 ? 1 : 0;
}
