// The fuzz target: arbitrary bytes run as a Python program, the way a host runs one.
//
// One input is one program, in a fresh VM and Program (virtual time, so sleeps and timers cost
// nothing). The first byte selects the mode:
//   0x01  lex + parse only (tokenize, parse_module, dump_ast): cheap, for the front end
//   0x02  the rest is run as a notebook cell (ProgramOptions::display)
//   else  the whole input is run as a script
// Output is discarded. input() gets end of input (EOFError). Loops are bounded by the host:
// interrupt_requested() answers true once it has been polled kPollBudget times, so
// `while True: pass` ends with KeyboardInterrupt; the number of run() calls is bounded too.
// Bytes that are not UTF-8 are fed as they are: the engine must reject them with a SyntaxError.
//
// With clang this is a libFuzzer target (-fsanitize=fuzzer); with g++ standalone_driver.cpp
// provides main(). See README.md.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "ast_dump.hpp"
#include "lexer.hpp"
#include "parser.hpp"
#include "program.hpp"

namespace {

// The interpreter polls every 1000 backward jumps: this many polls is ~10^5 loop iterations.
constexpr long kPollBudget = 100;
// Running / Sleeping / WaitingInput returns before the program is abandoned.
constexpr int kMaxRunCalls = 1000;

// Set by a watchdog (the standalone driver's, on a slow input): interrupt the running program.
std::atomic<bool> external_interrupt{false};

class FuzzHost : public py::Host {
 public:
  void write_stdout(std::string_view text) override { written_ += text.size(); }
  void write_stderr(std::string_view text) override { written_ += text.size(); }
  bool interrupt_requested() override {
    if (external_interrupt.load(std::memory_order_relaxed)) return true;
    return ++polls_ > kPollBudget;
  }

 private:
  std::size_t written_ = 0;
  long polls_ = 0;
};

void lex_and_parse(std::string_view source) {
  py::Tokenized tokens = py::tokenize(source);
  if (tokens.error) (void)py::character_column(source, tokens.error->start);
  for (const py::Token& token : tokens.tokens) (void)py::character_column(source, token.start);
  py::ParseResult result = py::parse_module(source);
  if (result.module) {
    std::string dump = py::dump_ast(*result.module);
    (void)dump;
  } else if (result.error) {
    (void)py::character_column(source, result.error->start);
    (void)py::character_column(source, result.error->end);
  }
}

void run_program(std::string_view source, bool display) {
  FuzzHost host;
  py::VM vm(host);
  py::ProgramOptions options;
  options.display = display;
  options.virtual_time = true;
  py::Program program(vm, options);
  py::Program::State state = program.start("<fuzz>", std::string(source));
  for (int calls = 0; state != py::Program::State::Finished && calls < kMaxRunCalls; ++calls) {
    if (state == py::Program::State::WaitingInput) program.provide_input(std::nullopt);
    state = program.run();
  }
}

}  // namespace

// For the standalone driver's watchdog: makes the running program see an interrupt request.
extern "C" void attendable_fuzz_interrupt(bool on) {
  external_interrupt.store(on, std::memory_order_relaxed);
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  if (!input.empty() && input[0] == '\x01') {
    input.remove_prefix(1);
    lex_and_parse(input);
    return 0;
  }
  bool display = false;
  if (!input.empty() && input[0] == '\x02') {
    input.remove_prefix(1);
    display = true;
  }
  run_program(input, display);
  return 0;
}
