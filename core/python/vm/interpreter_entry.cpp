// The loop's entries. execute() is the one place where the interpreter catches C++
// exceptions: std::bad_alloc, when an allocation fails anywhere in an instruction (a huge list,
// string or int), becomes MemoryError at that instruction; hosts cap the heap (the CLI's
// address-space limit, the wasm build's maximum memory) so that it fails instead of exhausting
// the machine. num::Interrupted, long integer arithmetic stopped by the host, becomes
// KeyboardInterrupt the same way. The loop itself (interpreter.cpp) is compiled without exception
// support on wasm: inside a try block, every call in it had an edge to the handler, which made V8's
// optimised code of the loop twice as large and as slow to compile.
#include <new>

#include "num/bigint.hpp"
#include "vm/interpreter.hpp"

namespace py {

namespace {

// num's long arithmetic asks the running VM's host whether to stop (num::Interrupted).
bool host_wants_interrupt(void* vm) {
  return static_cast<VM*>(vm)->host().interrupt_requested();
}

// After a C++ exception the loop's locals are gone; its frame is `failed`, with the instruction
// saved before the call that threw. The stack's top is found from the values: the slots above
// it hold none.
void recover_stack_top(Frame* failed) {
  Value* top = failed->stack + failed->code->stacksize;
  while (top > failed->stack && !top[-1]) --top;
  failed->sp = top;
}

}  // namespace

RunResult Interpreter::run(Frame* frame) {
  // Every nested run takes native stack (a code object exec'd from itself, a module importing
  // from its body...): bounded like call_function's.
  if (native_nesting_exhausted()) {
    discard_chain(frame);
    raise_message(vm_.exc().RecursionError, "maximum recursion depth exceeded");
    return {RunStatus::Raised, Value(), nullptr};
  }
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
  const RunLink link{saved_current, runs_};
  runs_ = &link;
  // resume() enters at the innermost frame of the chain.
  current_ = frame;
  RunResult result;
  const num::InterruptPoll outer_poll = num::interrupt_poll;
  num::interrupt_poll = {&host_wants_interrupt, &vm_};
  for (bool raise_first = false;; raise_first = true) {
    try {
      result = loop(current_, raise_first);
      while (reenter_) {
        reenter_ = false;
        result = loop(current_, false);
      }
      break;
    } catch (const std::bad_alloc&) {
      recover_stack_top(current_);
      raise_message(vm_.exc().MemoryError, "");
    } catch (const num::Interrupted&) {
      recover_stack_top(current_);
      raise_message(vm_.exc().KeyboardInterrupt, "");
    }
  }
  num::interrupt_poll = outer_poll;
  current_ = saved_current;
  runs_ = link.outer;
  --nesting_;
  if (suspendable_depth_ > nesting_) suspendable_depth_ = 0;
  if (await_depth_ > nesting_) await_depth_ = 0;
  return result;
}

}  // namespace py
