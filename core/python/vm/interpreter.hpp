// The interpreter loop: stackless. Python frames live on the heap, linked to their caller; a
// Python call pushes a frame and the same loop goes on, a return pops it. The native stack does
// not grow with Python calls, so the loop can stop at any point — a coroutine awaiting a pending
// future, a plain script calling asyncio.run() or time.sleep() — return to its host, and be
// re-entered later exactly where it stopped.
//
// Who receives a frame's result is the frame's `mode`: its caller's stack (a call), a for loop
// (a generator), an await (a coroutine run inline, as CPython's SEND), or the native code that
// entered the loop (Entry).
#pragma once

#include <cstdint>
#include <limits>
#include <memory>
#include <utility>

#include "vm/code.hpp"
#include "vm/vm.hpp"

namespace py {

enum class FrameMode : std::uint8_t {
  Entry,         // return leaves the loop
  Call,          // push the result on the caller's stack
  ForIter,       // a generator resumed by FOR_ITER
  YieldFrom,     // a generator delegated to by `yield from`
  Await,         // a coroutine awaited inline
  AsyncGenNext,  // an async generator resumed by `async for` / __anext__
};

struct Block {
  std::uint32_t handler;
  std::uint32_t level;  // stack depth to unwind to
};

struct Frame {
  // Field by field, so that the compiler stores each one rather than block-clearing the whole
  // header first (GCC emitted `rep stos`, a fifth of a call's time).
  Frame(Code* code, Value* fast, Value* stack, Block* blocks) noexcept
      : code(code), fast(fast), stack(stack), sp(stack), blocks(blocks) {}

  Code* code = nullptr;
  Value function;  // keeps the code alive (null for module code: the Program holds it)
  Value globals;   // Dict
  Value locals;    // Dict for module and class bodies, else null
  Frame* back = nullptr;
  GeneratorObject* generator = nullptr;  // the generator owning this frame, if any
  std::uint32_t ip = 0;
  std::uint32_t nblocks = 0;
  FrameMode mode = FrameMode::Entry;
  std::uint8_t await_state = 0;  // the Await instruction at ip has already suspended
  Value* fast = nullptr;   // locals then cells
  Value* stack = nullptr;  // value stack base
  Value* sp = nullptr;     // next free slot
  Block* blocks = nullptr;
  std::uint32_t depth = 0;  // frames below this one (RecursionError)
};

// Allocates a frame for `code` with its storage in one block.
Frame* new_frame(Code* code);
void free_frame(Frame* frame);

// How a run of the loop ended.
enum class RunStatus : std::uint8_t {
  Returned,     // the entry frame returned `value`
  Raised,       // the exception is pending in the VM
  Yielded,      // the entry frame (a generator) yielded `value`
  Suspended,    // awaiting `value` (a future), or a bare yield when null
  HostRequest,  // a builtin asked the host for something (VM::host_request)
};

struct RunResult {
  RunStatus status;
  Value value;
  Frame* innermost = nullptr;  // Suspended/HostRequest: where to resume
};

// A request a builtin makes to the host by suspending the Python stack.
struct HostRequest {
  // Yield: nothing to wait for, the host just gets a turn (a slice of work ended).
  enum class Kind { None, RunUntilComplete, Sleep, Input, Yield } kind = Kind::None;
  Value task;            // RunUntilComplete: the future or task to run the loop for
  bool shutdown = false;  // RunUntilComplete: asyncio.run (cancel what is left, then close)
  Value waiting_task;     // a task whose step stopped for this request (not the script)
  double seconds = 0;  // Sleep
  std::string prompt;  // Input
};

class Interpreter {
 public:
  explicit Interpreter(VM& vm) : vm_(vm) {}

  // Runs `frame` (an Entry frame) from its current instruction.
  RunResult run(Frame* frame);
  // Resumes a suspended chain at its innermost frame with the awaited result, or by raising
  // `thrown` there.
  RunResult resume(Frame* innermost, Value sent, Value thrown);

  // Calls a Python function with bound arguments (nested loop; may not suspend).
  Value call_function(Function& function, CallArgs args);
  // Makes the frame for a call (binding arguments), or null when binding raised.
  Frame* frame_for_call(Function& function, CallArgs args);
  // The innermost running frame (for super(), tracebacks, current_task...).
  Frame* current_frame() const { return current_; }
  std::uint32_t frame_depth() const { return current_ ? current_->depth + 1 : 0; }
  // The running frames, innermost first, through the nested runs (sys._getframe), each with the
  // instruction it is at.
  std::vector<std::pair<Frame*, std::uint32_t>> running_frames() const;

  // Set by a builtin that wants to suspend to the host (asyncio.run, time.sleep, input): it
  // returns a null Value without raising.
  HostRequest host_request;
  // Whether the loop being run may suspend (false in nested native->Python calls).
  bool can_suspend() const { return suspendable_depth_ == nesting_; }
  void set_suspendable() { suspendable_depth_ = nesting_ + 1; }
  // Whether an `await` may suspend the loop being run: a suspendable run, or a coroutine driven
  // by send() (which hands the awaited future to its caller; other host requests stay refused).
  bool can_suspend_await() const { return can_suspend() || await_depth_ == nesting_; }
  // Makes the next nested run's awaits suspendable; returns the state to restore after it.
  std::uint32_t set_await_suspendable() { return std::exchange(await_depth_, nesting_ + 1); }
  void restore_await_suspendable(std::uint32_t depth) { await_depth_ = depth; }

  // Makes the next call or loop back edge poll (poll_host), which runs the VM's finalizers.
  void request_poll() { poll_countdown_ = 1; }

  // Frees a suspended chain that will never be resumed (non-generator frames only).
  void discard_chain(Frame* innermost);

  // The exception currently being handled (sys.exc_info()[1]).
  Value handled_exception;

  // Nested interpreter loops (native code calling Python) allowed on the native stack.
  static constexpr std::uint32_t kMaxNativeNesting = 160;
  bool native_nesting_exhausted() const { return nesting_ >= kMaxNativeNesting; }

  // When a suspendable run should give its host a turn (aio::EventLoop::steady_seconds()).
  static constexpr double kNoDeadline = std::numeric_limits<double>::infinity();
  double yield_at = kNoDeadline;

 private:
  // Runs loop() with the chain's bookkeeping; an allocation failing in an instruction becomes
  // MemoryError there (interpreter_entry.cpp, the one place that catches a C++ exception).
  RunResult execute(Frame* frame);
  // The loop itself, from `frame`'s saved instruction, or raising the pending exception there.
  RunResult loop(Frame* frame, bool raise_first);
  const Value* cached_module_attr(const Value& object, Code& code, std::uint32_t name_index);

  // The loop's cold half (interpreter_cold.cpp), out of loop() so that it stays small enough
  // for V8 to optimise quickly. They work on frame->sp and frame->ip.
  // The instructions loop() has no case for; false when one raised.
  bool execute_cold(Frame* frame, std::uint32_t word);
  bool match_step(Frame* frame, std::uint32_t arg);  // Op::Match
  // CallKw, CallEx, and Call of a Python function or method that needs more than its
  // positional parameters. Enter: run `callee`, linked to `frame`.
  enum class CallStep { Pushed, Enter, HostRequest, Error };
  CallStep call_generic(Frame* frame, std::uint32_t word, Frame*& callee);
  // Call of a builtin, a class or another callable that is not a Python function or method,
  // whose arguments start at `base`: the result is pushed (Pushed), or the builtin raised or
  // asked the host for something.
  [[gnu::noinline]] CallStep call_native(Frame* frame, Value* base, Value* callable,
                                         std::uint32_t nargs);
  // LoadMethod when its cache misses: [self] -> [method, self] or [null, attribute].
  [[gnu::noinline]] bool load_method_slow(Frame* frame, std::uint32_t name_index);
  int yield_from_other(Frame* frame, Value& yielded);
  // Out of loop(): ForIter of a generator, YieldValue, YieldFrom, and Await of a coroutine or
  // an anext(). Next goes on in `frame` (which may be another frame now), Raised unwinds from
  // it, Leave returns `result` from the loop.
  enum class FrameStep { Next, Raised, Leave };
  [[gnu::noinline]] FrameStep frame_step(Frame*& frame, std::uint32_t word, RunResult& result);
  // What a generator's or coroutine's return does in the frame that resumed it, other than a
  // call's; false when that raised.
  [[gnu::noinline]] bool resume_after_return(Frame* frame, FrameMode mode, Value v);
  // Puts the suspended frame of `generator` (a generator or a coroutine) above `frame`, whose
  // state is saved, to run in `mode`, and points `frame` back at the instruction that resumed
  // it: the generator's frame, or null with the error raised when it is running already
  // (ValueError `running_message`) or would go past the recursion limit.
  Frame* link_generator_frame(Frame* frame, GeneratorObject& generator, FrameMode mode,
                              const char* running_message);
  Frame* unwind(Frame* frame, std::uint32_t ip);
  const Value* load_global_slow(Code& code, std::uint32_t name_index, Dict& globals,
                                Dict& builtins);
  void raise_message(Type* type, const char* message);
  void raise_unbound_local(const Value& name);
  void raise_unbound_cell(const Code* code, std::uint32_t index);

  VM& vm_;
  Frame* current_ = nullptr;
  // A nested run's link to the frame that was running when it started (the caller of the
  // builtin that called Python), which its entry frame's `back` does not reach.
  struct RunLink {
    Frame* caller;
    const RunLink* outer;
  };
  const RunLink* runs_ = nullptr;
  std::uint32_t nesting_ = 0;
  std::uint32_t suspendable_depth_ = 0;
  std::uint32_t await_depth_ = 0;
  bool reraising_ = false;  // the pending exception is re-raised: no new traceback line

  // Every kPollInterval loop iterations and calls, the loop asks whether the host wants a turn:
  // its interrupt flag (Stop, Ctrl-C), or the end of a slice (yield_at).
  enum class HostTurn { None, Interrupt, Yield };
  static constexpr std::uint32_t kPollInterval = 1000;
  [[gnu::noinline]] HostTurn poll_host();
  std::uint32_t poll_countdown_ = kPollInterval;
  // Set when the loop returns at a poll only to be called again by execute(): V8 replaces a
  // wasm function's baseline code with its optimised code at the function's next call, never
  // inside a running call, so a computation that started cold (fib(25) in a fresh process)
  // would otherwise run in baseline code to its end.
  bool reenter_ = false;
};

}  // namespace py
