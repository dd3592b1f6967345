// A program: one source file compiled and run to the end, the way hosts drive it.
//
// The program owns the event loop its asyncio code runs on, and never blocks: run() does work
// until the program must wait (a timer, time.sleep, input()) or finishes, and tells the host
// which. A native host sleeps or reads a line and calls run() again; the browser host sets one
// setTimeout or asks the page, and calls run() when it fires. run() also returns after a slice
// of real time with Running, so a browser host can let its output reach the page.
//
// Both program forms of DESIGN.md: a plain script runs outside any loop (asyncio.run drives the
// loop while the script's frame is suspended); a program with top-level await runs as a task
// on the loop, like a notebook cell. Either way, tasks still pending when the code ends keep
// running until none is left. Uncaught exceptions are printed as CPython prints them.
#pragma once

#include <limits>
#include <memory>
#include <optional>
#include <string>

#include "vm/interpreter.hpp"

namespace py {

struct ProgramOptions {
  bool display = false;       // echo a final expression statement's repr (notebook Out[])
  bool virtual_time = false;  // loop.time() starts at 0 and jumps to the next timer
};

class ProgramDriver;

class Program {
 public:
  Program(VM& vm, ProgramOptions options);
  ~Program();
  Program(const Program&) = delete;
  Program& operator=(const Program&) = delete;

  enum class State {
    Running,       // the slice ended with work still ready: call run() again soon
    Sleeping,      // nothing to do for wait_seconds() (a timer or time.sleep): then run()
    WaitingInput,  // input() asked: call provide_input(), then run()
    Finished,      // exit_status() is final
  };

  // Compiles `text`; a SyntaxError is reported at once and the program is Finished.
  State start(std::string filename, std::string text);
  // Runs until the program must wait or ends, or until `slice_seconds` of real time passed.
  State run(double slice_seconds = std::numeric_limits<double>::infinity());
  State state() const { return state_; }
  // Sleeping: seconds of real time to wait before calling run() again.
  double wait_seconds() const { return wait_seconds_; }
  // WaitingInput: the prompt input() was given (already written to stdout).
  const std::string& input_prompt() const { return input_prompt_; }
  // The answer to input(): a line without its newline, or nullopt for end of input (EOFError).
  void provide_input(std::optional<std::string> line);
  // 0 on success, 1 on an uncaught exception, SystemExit's code otherwise.
  int exit_status() const { return exit_status_; }

 private:
  friend class ProgramDriver;
  std::unique_ptr<ProgramDriver> driver_;
  State state_ = State::Finished;
  double wait_seconds_ = 0;
  std::string input_prompt_;
  int exit_status_ = 0;
};

// CPython's report of an uncaught exception: the chain of causes and contexts, each traceback
// with its source lines, then `Type: message` (with "Did you mean" hints). Without `chain`, the
// exception alone, as sys.unraisablehook prints it.
std::string format_exception(VM& vm, const Value& exception, bool chain = true);

// The traceback module's helpers for StackSummary.format (_traceback.anchors, .width).
Value traceback_anchors(VM& vm, CallArgs args);
Value traceback_width(VM& vm, CallArgs args);

}  // namespace py
