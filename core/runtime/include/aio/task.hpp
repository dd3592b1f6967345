// Tasks: CPython 3.11's asyncio.Task (tasks.py: __step, __wakeup, cancel/uncancel).
//
// A Task is a Future that drives a coroutine. It sees the coroutine only through
// resume_coroutine(thrown) — CPython's coro.send(None) / coro.throw(exc) — which runs it until it
// suspends on a future (or yields bare, as sleep(0) does), returns, or raises. CoroTask binds
// that to a C++ Coro; the Python layer binds it to a Python frame stack, so both kinds of
// coroutine run under this one Task implementation.
//
// Life of a task: the constructor schedules the first step with call_soon. A step that ends
// suspended on a future adds the task's wakeup as that future's done-callback; the wakeup (run
// by call_soon when the future completes) reads the future's outcome and steps again, throwing
// the future's exception into the coroutine. cancel() cancels the future being waited on, or,
// if there is none, makes the next step throw CancelledError.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "aio/future.hpp"

namespace aio {

class TaskBase : public FutureBase {
 public:
  // Registers the task with the loop and schedules its first step.
  TaskBase(EventLoop& loop, std::optional<std::string> name);
  ~TaskBase() override;

  bool cancel(std::optional<std::string> message = std::nullopt) override;
  // Task.cancelling() / Task.uncancel(): the count of pending cancellation requests, used by
  // timeout() and TaskGroup to tell their own cancellations from outside ones.
  int cancelling() const noexcept { return num_cancels_requested_; }
  int uncancel() noexcept;

  std::string name() const;
  // The loop's count of tasks when this one was created (its default name's number).
  std::uint32_t number() const noexcept { return number_; }
  void set_name(std::string name);
  // The future this task is suspended on, if any (Task._fut_waiter). A sleeping task waits on
  // no future object: see sleeping().
  FutureBase* waiting_on() const noexcept { return fut_waiter_.get(); }

  // asyncio.sleep(delay > 0) in the running task. tasks.sleep creates a future and a timer that
  // sets it; here the task's own timer entry plays both parts, so sleeping allocates nothing,
  // while every observable step stays CPython's: the timer firing in one iteration schedules
  // the wakeup for the next, cancel() cancels the "future" and schedules the wakeup with
  // CancelledError, and a second cancel() finds it already cancelled.
  void begin_sleep(double delay);
  // The `finally: h.cancel()` of tasks.sleep: called when the coroutine resumes (or is
  // destroyed) after begin_sleep.
  void end_sleep() noexcept;
  // True while the sleep's future would be pending.
  bool sleeping() const noexcept { return sleep_state_ == SleepState::Pending; }
  // The state of that future for a repr ("pending", "finished", "cancelled": until the task's
  // next step, Task._fut_waiter), or null when the task is not waiting for a sleep.
  const char* sleep_future_state() const noexcept;
  // Whether a done-callback is a task's wakeup (repr's cb=[Task.task_wakeup()]).
  static bool is_wakeup(RunFn fn) noexcept { return fn == &wakeup_callback; }

  bool is_task() const noexcept override { return true; }
  std::string repr() const override;

  // Ends a task that will never run again (loop teardown): destroys its coroutine and drops
  // the future it waits on, which breaks the task <-> future reference cycle.
  void abandon() noexcept;

 protected:
  // HostWait: the coroutine stopped mid-step to wait for its host (time.sleep, input() in a
  // browser); the loop is paused and the subclass finishes the step with continue_step().
  enum class StepStatus { Suspended, Returned, Raised, HostWait };
  struct StepResult {
    StepStatus status;
    Ref<FutureBase> awaiting;  // Suspended: the future, or null for a bare yield
    Error error;               // Raised: what the coroutine raised
  };
  // Runs the coroutine (throwing `thrown` into it when set). On Returned the subclass has
  // already stored the value in its result slot.
  virtual StepResult resume_coroutine(Error thrown) = 0;
  // Destroys the coroutine without running it further.
  virtual void destroy_coroutine() noexcept = 0;
  // The coro=<...> part of the repr; empty when unknown.
  virtual std::string describe_coroutine() const { return {}; }
  // Whether dropping the task while it is pending reports "Task was destroyed but it is
  // pending!" (asyncio's Task._log_destroy_pending, which gather() clears for the tasks it makes).
  virtual bool log_destroy_pending() const noexcept { return true; }

  void last_reference_dropped() noexcept override;

  // Finishes a step that ended with HostWait: `resume` runs the coroutine on (as the current
  // task, on the running loop) and its result is handled as resume_coroutine's would be.
  template <class Resume>
  void continue_step(Resume&& resume) {
    Ref<TaskBase> self(this);
    EventLoop::RunningGuard running(loop());
    TaskBase* outer_task = enter();
    StepResult result = resume();
    leave(outer_task);
    finish_step(std::move(result));
  }

 private:
  TaskBase* enter() noexcept;
  void leave(TaskBase* outer_task) noexcept;
  void finish_step(StepResult result);
  friend class EventLoop;
  static void step_callback(RefCounted& task, RefCounted* error);
  static void wakeup_callback(RefCounted& task, RefCounted* future);
  void step(Error error);
  void schedule_step(Error error);
  // The message of the cancel() that set _must_cancel (Task._cancel_message).
  std::optional<std::string> pending_cancel_message() const;
  static void sleep_timer_fired(RefCounted& task, RefCounted* unused);
  void sleep_timer_due(TimerEntry& timer);
  void cancel_sleep(const std::optional<std::string>& message);

  // The state of the future tasks.sleep would have created.
  enum class SleepState : unsigned char { None, Pending, Finished, Cancelled };

  TimerEntry* current_sleep() noexcept;

  Ref<FutureBase> fut_waiter_;
  std::uint32_t number_ = 0;         // "Task-<number_>" unless renamed (wraps after 2^32 tasks)
  std::uint32_t index_in_loop_ = 0;  // this task's slot in the loop's registry
  std::int32_t num_cancels_requested_ = 0;
  bool must_cancel_ = false;
  SleepState sleep_state_ = SleepState::None;
  bool in_sleep_ = false;           // between begin_sleep and end_sleep
  bool sleeping_on_spare_ = false;  // that sleep uses extras().spare_sleep_timer
  TimerEntry sleep_timer_;          // the timer of most sleeps
};

// The handle to a task: a Future<T> with the task's extra methods.
template <class T>
class Task : public Future<T> {
 public:
  Task() = default;
  template <class State>
  explicit Task(State* state) : Future<T>(Ref<FutureBase>(state), state), task_(state) {}

  TaskBase& task() const noexcept { return *task_; }
  std::string name() const { return task_->name(); }
  void set_name(std::string name) const { task_->set_name(std::move(name)); }
  int cancelling() const noexcept { return task_->cancelling(); }
  int uncancel() const noexcept { return task_->uncancel(); }

 private:
  TaskBase* task_ = nullptr;  // same object as Future<T>::base()
};

// asyncio.current_task(): the task running on the running loop, or null.
TaskBase* current_task();
// asyncio.all_tasks(): the running loop's tasks that are not done.
std::vector<Ref<TaskBase>> all_tasks();

}  // namespace aio
