// The asyncio module's objects: Python futures and tasks are the runtime's (aio::FutureBase and
// aio::TaskBase) carrying Python values, so the one event loop of core/runtime schedules them.
//
// A TaskObject drives a Python coroutine object: each step resumes the coroutine's suspended
// frame chain in the interpreter until it awaits a pending future (or sleeps, or yields bare),
// returns or raises. The interpreter is stackless, so a step can also stop for the host
// (time.sleep or input() in a browser): the step ends with HostWait, the loop pauses, and the
// Program finishes the step when the host answers.
//
// Everything above futures and tasks — gather, wait, wait_for, timeouts, TaskGroup, locks and
// queues — is Python (asyncio_prelude.py), as in CPython, built on these; gather() of the usual
// arguments is also native (asyncio_module.cpp, asyncio_gather), since it is hot.
#pragma once

#include <optional>
#include <string>

#include "aio/task.hpp"
#include "vm/interpreter.hpp"

namespace py {

// asyncio.Future (and loop.create_future()).
class FutureObject final : public aio::FutureBase {
 public:
  explicit FutureObject(aio::EventLoop& loop) : aio::FutureBase(loop) {}
  // A Python subclass's cancel() (asyncio's _GatheringFuture) is what a task waiting on this
  // future calls when it is cancelled.
  bool cancel(std::optional<std::string> message = std::nullopt) override;
  // Precondition: not done.
  void set_result(Value value) {
    result = std::move(value);
    finish_with_value();
  }
  Value result;
  Value dict;  // attributes of a Python subclass's instance
};

// asyncio.Task.
class TaskObject final : public aio::TaskBase {
 public:
  TaskObject(VM& vm, aio::EventLoop& loop, Value coro, std::optional<std::string> name);
  ~TaskObject() override;

  // Finishes a step that stopped for the host, with the host's answer (or raising `thrown` at
  // the call that asked).
  void resume_after_host(Value answer, Value thrown);

  Value coro;    // the coroutine object (a GeneratorObject)
  // The coroutine's function: its code tells where it was defined once the coroutine is done
  // ("coro=<f() done, defined at prog.py:3>"), its frame being gone.
  Value coro_function;
  Value result;  // once finished with a value
  Value dict;    // attributes of a Python subclass's instance
  Value context;  // the contextvars Context its steps run in, or null
  // coro=<main() running at file.py:4>, as in the task's repr.
  std::string describe_coroutine_text() const;

 protected:
  StepResult resume_coroutine(aio::Error thrown) override;
  void destroy_coroutine() noexcept override;
  std::string describe_coroutine() const override;

 private:
  StepResult outcome(RunResult run);
  Frame* innermost_ = nullptr;  // the suspended chain's innermost frame, once started
  bool sleep_started_ = false;  // a task of a bare asyncio.sleep(): it has begun sleeping
  bool thread_sleeping_ = false;  // a green thread in time.sleep: resumed with its None

 public:
  // A green thread of run_in_executor/to_thread: time.sleep in it suspends only this task, and
  // all_tasks() and asyncio.run's cancellation leave it out (asyncio.run waits for it, as for
  // the default executor's threads). Declared by the other flags, in their padding.
  bool is_thread = false;
  // Task._log_destroy_pending.
  bool reports_destroyed_pending = true;

 protected:
  bool log_destroy_pending() const noexcept override { return reports_destroyed_pending; }
};

// What asyncio.sleep(delay, result) returns: an awaitable that suspends the running task on its
// own timer (no future, no timer handle: see aio::TaskBase::begin_sleep).
struct SleepObject : Object {
  ~SleepObject() override;
  double delay = 0;
  Value result;
  // What a bad delay raises, at the first step as in CPython (whose sleep is a coroutine that
  // compares the delay with 0 when it runs): asyncio.sleep("x") not awaited raises nothing.
  Value error;
  bool awaited = false;
};

bool init_asyncio(VM& vm, Module& module);
// The __dict__ slot of a future or task (for instances of Python subclasses).
Value* future_dict_slot(const Value& future);

// The VM whose loop runs on this thread: done-callbacks and call_soon callbacks reach Python
// through it. Set by the Program for its lifetime.
VM* asyncio_vm();
void set_asyncio_vm(VM* vm);

// The asyncio side of a Program (program.cpp): the loop's error factory and exception handler
// speak Python; the loop object Python sees.
void install_asyncio_loop(VM& vm, aio::EventLoop& loop);
// Whether a green thread (run_in_executor) is the task running: its time.sleep suspends only
// itself, and its code sees no event loop, as a worker thread's does.
bool in_green_thread(VM& vm);
// An async generator of the loop (VM::loop_asyncgens) dropped unfinished: its finalizer, which
// has a task close it (BaseEventLoop._asyncgen_finalizer_hook). Null: raised.
Value asyncgen_finalizer_hook(VM& vm, const Value& agen);
// asyncio.run's shutdown_asyncgens(): a task closing the loop's async generators still alive,
// or null when there are none.
Value start_asyncgen_shutdown(VM& vm);
// A task running `coro` on the VM's loop (create_task, asyncio.run, a top-level await cell).
// It runs in `context` (contextvars; a context= argument, None or null: a copy of the current
// one, once contextvars is imported).
Value new_task(VM& vm, Value coro, std::optional<std::string> name = std::nullopt,
               const Value& context = Value());
// The exception a finished task raised, or null; marks it retrieved.
Value task_exception(TaskObject& task);
// The value a finished future or task holds (null when it has none).
Value future_result_value(aio::FutureBase& future);
// CPython's report of an error the loop caught ("Task exception was never retrieved",
// "Exception in callback ..." with the handle that ran it), written to stderr or given to the
// loop's set_exception_handler() handler. The future is shown under `future_key` (the shutdown
// of asyncio.run names its task "task").
void report_loop_error(VM& vm, const std::string& message, const Value& exception,
                       aio::FutureBase* future, const aio::Handle* handle = nullptr,
                       const char* future_key = "future");

}  // namespace py
