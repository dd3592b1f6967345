// The event loop: CPython 3.11's BaseEventLoop scheduling, one iteration at a time.
//
// Scheduling contract (base_events.py, _run_once):
//   - a FIFO ready queue; call_soon appends to it;
//   - timers live in a binary heap ordered by `when` alone (double seconds), maintained with
//     exactly heapq's algorithms, so equal deadlines fire in the same order as in CPython (which
//     is not insertion order);
//   - an iteration drops cancelled timers (rebuilding the heap when more than half of more than
//     100 are cancelled, as CPython does), moves every timer due before time() + 1 ns to the
//     ready queue, then runs only the callbacks that were ready when the iteration began.
//
// The loop never blocks: a host calls run_once() when it wants the next iteration, and asks
// time_until_next_event() how long it may wait first. With the virtual clock, an iteration that
// finds nothing ready first jumps the clock to the earliest live timer.
//
// Single-threaded by design: one loop per thread, no locks, no atomics.
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "aio/error.hpp"
#include "aio/ref.hpp"

namespace aio {

class EventLoop;
class FutureBase;
class TaskBase;

// A scheduled callback: fn(target, arg). Task steps, future done-callbacks and user callbacks
// all take this shape, so the ready queue holds plain structs rather than a Handle per entry.
using RunFn = void (*)(RefCounted& target, RefCounted* arg);

struct Callback {
  RunFn fn = nullptr;
  Ref<RefCounted> target;
  Ref<RefCounted> arg;

  void operator()() const { fn(*target, arg.get()); }
};

// Wraps a std::function as a Callback target. An exception escaping it goes to the loop's
// exception handler ("Exception in callback"), never out of the loop.
Callback make_callback(std::function<void()> function);
void run_reporting_exceptions(const std::function<void()>& function);

// A cancellable callback returned by call_soon (asyncio.Handle).
class Handle : public RefCounted {
 public:
  explicit Handle(Callback callback) : callback_(std::move(callback)) {}

  // Idempotent. A cancelled handle is skipped when its turn comes.
  virtual void cancel();
  bool cancelled() const noexcept { return cancelled_; }
  const Callback& callback() const noexcept { return callback_; }
  // Runs the callback unless cancelled (the ready queue's entry point for handles).
  static void run_unless_cancelled(RefCounted& handle, RefCounted* unused);

 private:
  Callback callback_;
  bool cancelled_ = false;
};

// An entry of the timer heap, embedded in the object it belongs to: a TimerHandle, or a task
// sleeping (asyncio.sleep needs no allocation of its own). While the entry is in the heap or
// waiting in the ready queue, the loop holds a reference to its owner.
class TimerEntry {
 public:
  double when() const noexcept { return when_; }
  bool cancelled() const noexcept { return cancelled_; }
  // Free to be scheduled again: neither in the heap nor due and waiting to fire.
  bool idle() const noexcept { return !scheduled_ && !firing_; }
  // Every fire function calls this first.
  void fired() noexcept { firing_ = false; }

 private:
  friend class EventLoop;
  friend class TimerHeap;
  double when_ = 0.0;
  RefCounted* owner_ = nullptr;
  RunFn fire_ = nullptr;    // fire_(*owner_, nullptr) when due; it checks cancelled() itself
  bool scheduled_ = false;  // in the heap (TimerHandle._scheduled)
  bool firing_ = false;     // moved to the ready queue, not yet fired
  bool cancelled_ = false;
};

// A callback at a point in loop time (asyncio.TimerHandle).
class TimerHandle final : public Handle {
 public:
  TimerHandle(EventLoop& loop, Callback callback) : Handle(std::move(callback)), loop_(&loop) {}

  double when() const noexcept { return entry_.when(); }
  void cancel() override;

 private:
  friend class EventLoop;
  static void fire(RefCounted& handle, RefCounted* unused);
  EventLoop* loop_;
  TimerEntry entry_;
};

// FIFO of ready callbacks: a ring buffer that grows and shrinks by halves (no allocation in
// steady state).
class ReadyQueue {
 public:
  ReadyQueue();
  bool empty() const noexcept { return size_ == 0; }
  std::size_t size() const noexcept { return size_; }
  void push(Callback item);
  Callback pop();

 private:
  static constexpr std::size_t kMinCapacity = 64;
  void grow();
  void resize(std::size_t capacity);
  std::unique_ptr<Callback[]> items_;
  std::size_t capacity_ = 0;
  std::size_t head_ = 0;
  std::size_t size_ = 0;
};

// Min-heap of timers keyed by `when`, kept with CPython's heapq algorithms (heapq.hpp) so that
// equal deadlines resolve in CPython's order.
class TimerHeap {
 public:
  TimerHeap() = default;
  TimerHeap(const TimerHeap&) = delete;
  TimerHeap& operator=(const TimerHeap&) = delete;
  ~TimerHeap();

  bool empty() const noexcept { return heap_.empty(); }
  std::size_t size() const noexcept { return heap_.size(); }
  TimerEntry& top() const noexcept { return *heap_.front().entry; }
  // Takes a reference to the entry's owner.
  void push(TimerEntry& entry);
  // Returns the earliest entry; its owner's reference passes to the caller.
  TimerEntry& pop();
  // Drops cancelled timers and re-heapifies what is left (BaseEventLoop's clean-up path).
  void remove_cancelled();

 private:
  // `when` is copied into the array so that sifting compares without touching the entries,
  // which live scattered in their owners.
  struct Slot {
    double when;
    TimerEntry* entry;
  };
  static bool earlier(const Slot& a, const Slot& b) { return a.when < b.when; }
  std::vector<Slot> heap_;
};

// Raise the errors misuse calls for, as the running loop's ErrorFactory makes them (so a
// language layer sees its own exception objects), or as plain C++ exceptions outside a loop.
[[noreturn]] void raise_runtime_error(const std::string& message);
[[noreturn]] void raise_value_error(const std::string& message);

enum class ClockKind {
  Real,     // steady clock seconds; the host sleeps until the next timer
  Virtual,  // starts at 0.0 and jumps to the next timer whenever nothing is ready
};

struct LoopOptions {
  ClockKind clock = ClockKind::Real;
};

// What the loop's exception handler receives (loop.call_exception_handler's context dict).
struct ExceptionContext {
  std::string message;
  Error error;             // may be null
  Ref<FutureBase> future;  // the future or task concerned, may be null
  // The context key CPython reports it under: "task" where asyncio passes a task as such.
  const char* future_key = "future";
};

class EventLoop {
 public:
  explicit EventLoop(LoopOptions options = {});
  EventLoop(const EventLoop&) = delete;
  EventLoop& operator=(const EventLoop&) = delete;
  ~EventLoop();

  // The loop running on this thread, or null (asyncio._get_running_loop()).
  static EventLoop* running() noexcept;
  // The running loop; throws std::runtime_error("no running event loop") without one.
  static EventLoop& get_running();

  double time() const noexcept;
  ClockKind clock() const noexcept { return options_.clock; }
  // time.sleep() under the virtual clock: time passes, nothing runs.
  void advance_virtual_time(double seconds);

  Ref<Handle> call_soon(std::function<void()> callback);
  Ref<TimerHandle> call_later(double delay, std::function<void()> callback);
  Ref<TimerHandle> call_at(double when, std::function<void()> callback);
  // The allocation-free forms the runtime uses internally.
  void call_soon(Callback callback) { ready_.push(std::move(callback)); }
  Ref<TimerHandle> call_at(double when, Callback callback);
  // Arms a timer entry embedded in `owner`; fire(owner) runs when it is due.
  void schedule_timer(TimerEntry& entry, double when, RefCounted& owner, RunFn fire);
  // TimerHandle.cancel() for an entry: cancelled timers stay in the heap until CPython would
  // drop them, because they shape the heap and so the order of equal deadlines.
  void cancel_timer(TimerEntry& entry) noexcept;

  // One iteration (CPython's _run_once). Never blocks. An iteration can be cut short: after a
  // callback that called pause(), or once the steady clock passes `pause_at` (seconds, as
  // steady_seconds() reads it). The next run_once() then finishes that iteration first — the
  // callbacks it had not run yet, without looking at timers — so the order of callbacks is the
  // same as if the iteration had not been cut. Hosts use this to give control back mid-iteration
  // (a task calling time.sleep or input() in a browser; a slice of work that took too long).
  void run_once(double pause_at = std::numeric_limits<double>::infinity());
  void pause() noexcept { pause_requested_ = true; }
  // An iteration was cut short and has callbacks left to run.
  bool in_iteration() const noexcept { return iteration_left_ > 0; }
  static double steady_seconds() noexcept;
  // 0 when something is ready, the delay until the earliest timer, or nullopt when nothing at
  // all is scheduled (a real host would then wait forever).
  std::optional<double> time_until_next_event() const;
  bool has_pending_work() const noexcept { return !ready_.empty() || !timers_.empty(); }

  // Blocking drivers for native hosts and tests: between iterations they sleep on the real
  // clock (the virtual clock jumps instead). They throw std::runtime_error when nothing could
  // ever wake the loop again, instead of hanging.
  void run_forever();
  void stop() noexcept { stopping_ = true; }
  // For hosts that step the loop themselves (run_once): whether stop() was called since
  // clear_stop().
  bool stop_requested() const noexcept { return stopping_; }
  void clear_stop() noexcept { stopping_ = false; }
  bool is_running() const noexcept { return running_depth_ > 0; }
  bool is_closed() const noexcept { return closed_; }
  void close();
  // Ends what can never run now (a host tearing down): pending tasks are abandoned, ready
  // callbacks and timers dropped — while what they hold can still be destroyed properly.
  void discard_pending();

  // Task bookkeeping (asyncio.current_task / all_tasks).
  TaskBase* current_task() const noexcept { return current_task_; }
  std::vector<Ref<TaskBase>> all_tasks() const;
  std::string next_task_name();

  // Errors the runtime creates (CancelledError, TimeoutError...). Replaceable by a language layer.
  ErrorFactory& errors() noexcept { return *errors_; }
  void set_error_factory(std::unique_ptr<ErrorFactory> factory) { errors_ = std::move(factory); }

  // loop.set_exception_handler / call_exception_handler. The default handler writes the
  // message and the error to stderr.
  void set_exception_handler(std::function<void(const ExceptionContext&)> handler);
  void call_exception_handler(const ExceptionContext& context);

  // Marks the loop as running on this thread for the lifetime of the guard (re-entrant).
  class RunningGuard {
   public:
    explicit RunningGuard(EventLoop& loop);
    RunningGuard(const RunningGuard&) = delete;
    RunningGuard& operator=(const RunningGuard&) = delete;
    ~RunningGuard();

   private:
    EventLoop& loop_;
    EventLoop* previous_;
  };

 private:
  friend class TimerHandle;
  friend class TaskBase;
  void wait_for_next_event();
  // The first half of an iteration: drop cancelled timers, move due ones to the ready queue.
  void start_iteration();
  bool pause_due(double pause_at) noexcept;

  LoopOptions options_;
  ReadyQueue ready_;
  TimerHeap timers_;
  std::size_t cancelled_timers_ = 0;  // cancelled but still in the heap
  double virtual_now_ = 0.0;
  double real_origin_ = 0.0;
  bool stopping_ = false;
  bool closed_ = false;
  bool pause_requested_ = false;
  std::size_t iteration_left_ = 0;  // callbacks of a cut-short iteration still to run
  // run_once(pause_at) reads the clock every `pause_check_stride_` callbacks, not after each:
  // under wasm a reading is a call into JavaScript that costs as much as a task switch.
  std::uint32_t pause_check_stride_ = 1;
  std::uint32_t callbacks_since_reading_ = 0;
  double last_reading_ = 0;
  int running_depth_ = 0;
  TaskBase* current_task_ = nullptr;
  // Live tasks in creation order; a destroyed task leaves a null slot until compaction.
  void register_task(TaskBase& task);
  void unregister_task(TaskBase& task) noexcept;
  std::vector<TaskBase*> tasks_;
  std::size_t dead_task_slots_ = 0;
  std::uint64_t task_counter_ = 0;
  std::unique_ptr<ErrorFactory> errors_;
  std::function<void(const ExceptionContext&)> exception_handler_;
};

}  // namespace aio
