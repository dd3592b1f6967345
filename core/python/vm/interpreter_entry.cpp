// The loop's entries. execute() is the one place where the interpreter catches a C++
// exception: std::bad_alloc, when an allocation fails anywhere in an instruction (a huge list,
// string or int), becomes MemoryError at that instruction; hosts cap the heap (the CLI's
// address-space limit, the wasm build's maximum memory) so that it fails instead of exhausting
// the machine. The loop itself (interpreter.cpp) is compiled without exception support on wasm:
// inside a try block, every call in it had an edge to the handler, which made V8's optimised
// code of the loop twice as large and as slow to compile.
#include <new>

#include "vm/interpreter.hpp"

namespace py {

RunResult Interpreter::run(Frame* frame) {
  frame->depth = current_ ? current_->depth + 1 : 0;
  return execute(frame);
}

RunResult Interpreter::resume(Frame* innermost, Value sent, Value thrown) {
  if (thrown) {
    vm_.restore_exception(std::move(thrown));
    innermost->await_state = 0xff;  // raise at the current instruction
  } else if (sent) {
    *innermost->sp++ = std::move(sent);
    // A suspended Await gets the value as its result; a host request's call (suspended after
    // its Call instruction) just finds it on the stack.
    if (Instruction::op(innermost->code->instructions[innermost->ip]) == Op::Await)
      innermost->await_state = 0xfe;
  }
  return execute(innermost);
}

RunResult Interpreter::execute(Frame* frame) {
  ++nesting_;
  Frame* saved_current = current_;
  // resume() enters at the innermost frame of the chain.
  current_ = frame;
  RunResult result;
  for (bool raise_first = false;; raise_first = true) {
    try {
      result = loop(current_, raise_first);
      while (reenter_) {
        reenter_ = false;
        result = loop(current_, false);
      }
      break;
    } catch (const std::bad_alloc&) {
      // What the loop had in locals is gone; its frame is current_, with the instruction saved
      // before the allocation. The stack's top is found from the values: the slots above it
      // hold none.
      Frame* failed = current_;
      Value* top = failed->stack + failed->code->stacksize;
      while (top > failed->stack && !top[-1]) --top;
      failed->sp = top;
      raise_message(vm_.exc().MemoryError, "");
    }
  }
  current_ = saved_current;
  --nesting_;
  if (suspendable_depth_ > nesting_) suspendable_depth_ = 0;
  if (await_depth_ > nesting_) await_depth_ = 0;
  return result;
}

}  // namespace py
