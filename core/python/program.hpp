// A program: one source file compiled and run to the end, the way hosts drive it. The run is
// stackless (interpreter.hpp): when Python code asks for something only the host can give —
// input(), time.sleep() — the run stops with a HostRequest and the host resumes it with the
// answer, natively by blocking, in the browser after an event. Uncaught exceptions are printed
// as CPython prints them (traceback, SyntaxError caret) on the host's stderr.
#pragma once

#include <memory>
#include <string>

#include "vm/interpreter.hpp"

namespace py {

struct ProgramOptions {
  bool display = false;  // echo a final expression statement's repr (notebook Out[])
};

class Program {
 public:
  Program(VM& vm, ProgramOptions options);
  ~Program();

  enum class Step { Finished, HostRequest };

  // Compiles and starts running `text`; a SyntaxError finishes at once (exit status 1).
  Step start(std::string filename, std::string text);
  // After Step::HostRequest: continue with the answer (or raise `thrown` there).
  Step resume(Value answer, Value thrown = Value());
  const HostRequest& request() const { return request_; }
  // 0 on success, 1 on an uncaught exception, SystemExit's code otherwise.
  int exit_status() const { return exit_status_; }

 private:
  Step handle(RunResult result);
  void report_uncaught(Value exception);

  VM& vm_;
  ProgramOptions options_;
  std::shared_ptr<Code> code_;
  Value globals_;
  HostRequest request_;
  Frame* suspended_ = nullptr;
  int exit_status_ = 0;
};

// CPython's report of an uncaught exception: the chain of causes and contexts, each traceback
// with its source lines, then `Type: message` (with "Did you mean" hints).
std::string format_exception(VM& vm, const Value& exception);

}  // namespace py
