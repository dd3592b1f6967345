#include "aio/loop.hpp"

#include <unistd.h>

#include <chrono>
#include <ctime>
#include <stdexcept>
#include <thread>

#include "aio/future.hpp"
#include "aio/heapq.hpp"
#include "aio/task.hpp"

namespace aio {
namespace {

thread_local EventLoop* running_loop = nullptr;

// CPython: time.get_clock_info('monotonic').resolution; a timer is due when
// when < time() + resolution.
constexpr double kClockResolution = 1e-09;
// CPython's _MIN_SCHEDULED_TIMER_HANDLES and _MIN_CANCELLED_TIMER_HANDLES_FRACTION.
constexpr std::size_t kMinScheduledTimers = 100;
constexpr double kMinCancelledFraction = 0.5;

class FunctionBox final : public RefCounted {
 public:
  explicit FunctionBox(std::function<void()> f) : function(std::move(f)) {}
  std::function<void()> function;
};

void run_function_box(RefCounted& box, RefCounted*) {
  // Copy first: the callback may drop the last reference to its own handle.
  auto function = static_cast<FunctionBox&>(box).function;
  run_reporting_exceptions(function);
}

}  // namespace

void run_reporting_exceptions(const std::function<void()>& function) {
  try {
    function();
  } catch (...) {
    // As Handle._run does: a failing callback is reported, and the loop goes on.
    EventLoop& loop = EventLoop::get_running();
    loop.call_exception_handler(
        {"Exception in callback", capture_exception(std::current_exception()), nullptr});
  }
}

void raise_runtime_error(const std::string& message) {
  if (EventLoop* loop = EventLoop::running()) loop->errors().runtime_error(message)->rethrow();
  throw std::runtime_error(message);
}

void raise_value_error(const std::string& message) {
  if (EventLoop* loop = EventLoop::running()) loop->errors().value_error(message)->rethrow();
  throw std::invalid_argument(message);
}

Callback make_callback(std::function<void()> function) {
  return Callback{&run_function_box, Ref<RefCounted>(new FunctionBox(std::move(function))), {}};
}

// ---- Handle ---------------------------------------------------------------------------------

void Handle::cancel() {
  if (cancelled_) return;
  cancelled_ = true;
  callback_ = {};  // drop references early, as CPython does
}

void Handle::run_unless_cancelled(RefCounted& object, RefCounted*) {
  auto& handle = static_cast<Handle&>(object);
  if (handle.cancelled_) return;
  Callback callback = handle.callback_;  // keep target alive during the call
  callback();
}

void TimerHandle::cancel() {
  if (cancelled()) return;
  loop_->cancel_timer(entry_);
  Handle::cancel();
}

void TimerHandle::fire(RefCounted& handle, RefCounted*) {
  static_cast<TimerHandle&>(handle).entry_.fired();
  Handle::run_unless_cancelled(handle, nullptr);
}

// ---- ReadyQueue -----------------------------------------------------------------------------

ReadyQueue::ReadyQueue() : items_(new Callback[kMinCapacity]), capacity_(kMinCapacity) {}

void ReadyQueue::push(Callback item) {
  if (size_ == capacity_) grow();
  items_[(head_ + size_) & (capacity_ - 1)] = std::move(item);
  ++size_;
}

Callback ReadyQueue::pop() {
  Callback item = std::move(items_[head_]);
  head_ = (head_ + 1) & (capacity_ - 1);
  --size_;
  // Give memory back after a burst (100k tasks starting at once), as CPython's deque frees its
  // blocks; a quarter-full threshold keeps steady traffic from resizing back and forth.
  if (capacity_ > kMinCapacity && size_ < capacity_ / 4) resize(capacity_ / 2);
  return item;
}

void ReadyQueue::grow() {
  resize(capacity_ * 2);
}

void ReadyQueue::resize(std::size_t capacity) {
  std::unique_ptr<Callback[]> items(new Callback[capacity]);
  for (std::size_t i = 0; i < size_; ++i) {
    items[i] = std::move(items_[(head_ + i) & (capacity_ - 1)]);
  }
  items_ = std::move(items);
  capacity_ = capacity;
  head_ = 0;
}

// ---- TimerHeap ------------------------------------------------------------------------------
// heapq's algorithms with TimerHandle.__lt__: only `when` is compared.

TimerHeap::~TimerHeap() {
  for (Slot& slot : heap_) {
    slot.entry->scheduled_ = false;
    slot.entry->owner_->release();
  }
}

void TimerHeap::push(TimerEntry& entry) {
  entry.owner_->retain();
  heapq::push(heap_, Slot{entry.when_, &entry}, earlier);
}

TimerEntry& TimerHeap::pop() {
  return *heapq::pop(heap_, earlier).entry;
}

void TimerHeap::remove_cancelled() {
  std::size_t kept = 0;
  for (Slot& slot : heap_) {
    if (slot.entry->cancelled_) {
      slot.entry->scheduled_ = false;
      slot.entry->owner_->release();
    } else {
      heap_[kept++] = slot;
    }
  }
  heap_.resize(kept);
  heapq::heapify(heap_, earlier);
}

// ---- EventLoop ------------------------------------------------------------------------------

EventLoop::EventLoop(LoopOptions options)
    : options_(options), errors_(std::make_unique<ErrorFactory>()) {}

EventLoop::~EventLoop() {
  exception_handler_ = nullptr;  // the handler's captures may already be gone
  discard_pending();
}

void EventLoop::discard_pending() {
  // Tasks still pending can never run again: destroy their coroutines and break the
  // task <-> awaited future cycles, then drop the callbacks and timers that hold them.
  std::vector<Ref<TaskBase>> live;
  for (TaskBase* task : tasks_) {
    if (task) live.emplace_back(task);
  }
  for (auto& task : live) task->abandon();
  while (!ready_.empty()) ready_.pop();
  while (!timers_.empty()) {
    TimerEntry& entry = timers_.pop();
    entry.scheduled_ = false;
    entry.owner_->release();
  }
}

EventLoop* EventLoop::running() noexcept {
  return running_loop;
}

EventLoop& EventLoop::get_running() {
  if (!running_loop) throw std::runtime_error("no running event loop");
  return *running_loop;
}

double EventLoop::time() const noexcept {
  return options_.clock == ClockKind::Virtual ? virtual_now_ : steady_seconds();
}

void EventLoop::advance_virtual_time(double seconds) {
  if (options_.clock == ClockKind::Virtual && seconds > 0) virtual_now_ += seconds;
}

Ref<Handle> EventLoop::call_soon(std::function<void()> callback) {
  Ref<Handle> handle(new Handle(make_callback(std::move(callback))));
  call_soon(Callback{&Handle::run_unless_cancelled, handle, {}});
  return handle;
}

Ref<TimerHandle> EventLoop::call_later(double delay, std::function<void()> callback) {
  return call_at(time() + delay, std::move(callback));
}

Ref<TimerHandle> EventLoop::call_at(double when, std::function<void()> callback) {
  return call_at(when, make_callback(std::move(callback)));
}

Ref<TimerHandle> EventLoop::call_at(double when, Callback callback) {
  Ref<TimerHandle> timer(new TimerHandle(*this, std::move(callback)));
  schedule_timer(timer->entry_, when, *timer, &TimerHandle::fire);
  return timer;
}

void EventLoop::schedule_timer(TimerEntry& entry, double when, RefCounted& owner, RunFn fire) {
  entry.when_ = when;
  entry.owner_ = &owner;
  entry.fire_ = fire;
  entry.cancelled_ = false;
  entry.firing_ = false;
  entry.scheduled_ = true;
  timers_.push(entry);
}

void EventLoop::cancel_timer(TimerEntry& entry) noexcept {
  if (entry.cancelled_) return;
  entry.cancelled_ = true;
  if (entry.scheduled_) ++cancelled_timers_;
}

// clock_gettime rather than std::chrono::steady_clock, whose system_error path (never taken)
// links libc's printf into the wasm engine.
double EventLoop::steady_seconds() noexcept {
  timespec now{};
  clock_gettime(CLOCK_MONOTONIC, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

void EventLoop::run_once(double pause_at) {
  RunningGuard running(*this);
  pause_requested_ = false;
  if (iteration_left_ == 0) {
    start_iteration();
    iteration_left_ = ready_.size();
  }
  // Only what was ready when the iteration began; callbacks scheduled now wait for the next.
  const bool timed = pause_at != std::numeric_limits<double>::infinity();
  while (iteration_left_ > 0) {
    --iteration_left_;
    Callback callback = ready_.pop();
    callback();
    if (pause_requested_) break;
    if (timed && ++callbacks_since_reading_ >= pause_check_stride_ && pause_due(pause_at)) break;
  }
  pause_requested_ = false;
}

bool EventLoop::pause_due(double pause_at) noexcept {
  const double now = steady_seconds();
  if (now >= pause_at) {
    pause_check_stride_ = 1;
    callbacks_since_reading_ = 0;
    last_reading_ = now;
    return true;
  }
  // The next reading comes after as many callbacks as the ones since the last reading would
  // run in a quarter of the time left (time spent outside run_once counts as theirs, which
  // only shortens the stride), at most 64.
  const double per_callback = (now - last_reading_) / callbacks_since_reading_;
  const double fitting = per_callback > 0 ? (pause_at - now) / 4 / per_callback : 64;
  pause_check_stride_ = fitting >= 64 ? 64 : fitting < 1 ? 1 : static_cast<std::uint32_t>(fitting);
  callbacks_since_reading_ = 0;
  last_reading_ = now;
  return false;
}

void EventLoop::start_iteration() {

  const std::size_t scheduled = timers_.size();
  if (scheduled > kMinScheduledTimers &&
      static_cast<double>(cancelled_timers_) / static_cast<double>(scheduled) >
          kMinCancelledFraction) {
    timers_.remove_cancelled();
    cancelled_timers_ = 0;
  } else {
    while (!timers_.empty() && timers_.top().cancelled()) {
      --cancelled_timers_;
      TimerEntry& entry = timers_.pop();
      entry.scheduled_ = false;
      entry.owner_->release();
    }
  }

  // The virtual clock jumps to the earliest live timer (after the clean-up above the top of
  // the heap is live) when nothing is ready.
  if (options_.clock == ClockKind::Virtual && ready_.empty() && !timers_.empty() &&
      timers_.top().when() > virtual_now_) {
    virtual_now_ = timers_.top().when();
  }

  if (timers_.empty()) return;  // no clock reading needed (a call into JavaScript under wasm)
  const double now = time();
  const double end_time = now + kClockResolution;
  // `when < end_time` is CPython's test. Far from 0 a double cannot hold now + 1 ns, so a timer
  // due exactly now (the virtual clock has just jumped to it) would never fire: due is due.
  while (!timers_.empty() && (timers_.top().when() < end_time || timers_.top().when() <= now)) {
    TimerEntry& entry = timers_.pop();
    entry.scheduled_ = false;
    entry.firing_ = true;
    Ref<RefCounted> owner(entry.owner_);
    entry.owner_->release();  // the heap's reference, now held by `owner`
    ready_.push(Callback{entry.fire_, std::move(owner), {}});
  }
}

std::optional<double> EventLoop::time_until_next_event() const {
  if (!ready_.empty() || stopping_) return 0.0;
  if (timers_.empty()) return std::nullopt;
  if (options_.clock == ClockKind::Virtual) return 0.0;
  double delay = timers_.top().when() - time();
  return delay > 0 ? delay : 0.0;
}

void EventLoop::wait_for_next_event() {
  std::optional<double> delay = time_until_next_event();
  if (!delay) {
    throw std::runtime_error(
        "the event loop has nothing left to run, so what it waits for can never complete");
  }
  if (*delay > 0) std::this_thread::sleep_for(std::chrono::duration<double>(*delay));
}

void EventLoop::run_forever() {
  if (closed_) throw std::runtime_error("Event loop is closed");
  if (running_depth_ > 0) throw std::runtime_error("This event loop is already running");
  RunningGuard running(*this);
  struct ResetStopping {
    bool& flag;
    ~ResetStopping() { flag = false; }
  } reset{stopping_};
  while (true) {
    wait_for_next_event();
    run_once();
    if (stopping_) break;
  }
}

void EventLoop::close() {
  if (running_depth_ > 0) throw std::runtime_error("Cannot close a running event loop");
  closed_ = true;
}

std::vector<Ref<TaskBase>> EventLoop::all_tasks() const {
  std::vector<Ref<TaskBase>> tasks;
  for (TaskBase* task : tasks_) {
    if (task && !task->done()) tasks.emplace_back(task);
  }
  return tasks;
}

void EventLoop::register_task(TaskBase& task) {
  task.index_in_loop_ = static_cast<std::uint32_t>(tasks_.size());
  tasks_.push_back(&task);
}

void EventLoop::unregister_task(TaskBase& task) noexcept {
  tasks_[task.index_in_loop_] = nullptr;
  ++dead_task_slots_;
  if (dead_task_slots_ * 2 < tasks_.size()) return;
  // More than half are dead: compact, keeping creation order.
  std::size_t kept = 0;
  for (TaskBase* live : tasks_) {
    if (!live) continue;
    live->index_in_loop_ = static_cast<std::uint32_t>(kept);
    tasks_[kept++] = live;
  }
  tasks_.resize(kept);
  dead_task_slots_ = 0;
}

std::string EventLoop::next_task_name() {
  return "Task-" + std::to_string(++task_counter_);
}

void EventLoop::set_exception_handler(std::function<void(const ExceptionContext&)> handler) {
  exception_handler_ = std::move(handler);
}

void EventLoop::call_exception_handler(const ExceptionContext& context) {
  if (exception_handler_) {
    exception_handler_(context);
    return;
  }
  std::string text = context.message + "\n";
  if (context.future) text += context.future_key + (": " + context.future->repr()) + "\n";
  if (context.error) text += describe(*context.error) + "\n";
  // write() rather than stdio: stdio's FILE streams would otherwise be linked into the wasm
  // engine (1 KB, and two imports its loader must give), whose Python layer always installs a
  // handler. stderr is unbuffered, so the output is the same.
  for (std::size_t written = 0; written < text.size();) {
    const ssize_t n = ::write(STDERR_FILENO, text.data() + written, text.size() - written);
    if (n <= 0) break;
    written += static_cast<std::size_t>(n);
  }
}

EventLoop::RunningGuard::RunningGuard(EventLoop& loop) : loop_(loop), previous_(running_loop) {
  running_loop = &loop;
  ++loop.running_depth_;
}

EventLoop::RunningGuard::~RunningGuard() {
  --loop_.running_depth_;
  running_loop = previous_;
}

}  // namespace aio
