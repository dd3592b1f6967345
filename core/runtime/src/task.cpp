#include "aio/task.hpp"

#include "aio/coro.hpp"
#include "aio/run.hpp"
#include "aio/sleep.hpp"

namespace aio {

// ---- TaskBase -------------------------------------------------------------------------------

TaskBase::TaskBase(EventLoop& loop, std::optional<std::string> name) : FutureBase(loop) {
  if (name) {
    extras().task_name = std::move(name);
  } else {
    number_ = static_cast<std::uint32_t>(++loop.task_counter_);
  }
  loop.register_task(*this);
  schedule_step(nullptr);
}

TaskBase::~TaskBase() {
  EventLoop& owner = loop();
  owner.unregister_task(*this);
  if (owner.current_task_ == this) owner.current_task_ = nullptr;
}

std::string TaskBase::name() const {
  if (extras_ && extras_->task_name) return *extras_->task_name;
  return "Task-" + std::to_string(number_);
}

void TaskBase::set_name(std::string name) {
  extras().task_name = std::move(name);
}

int TaskBase::uncancel() noexcept {
  if (num_cancels_requested_ > 0) --num_cancels_requested_;
  return num_cancels_requested_;
}

bool TaskBase::cancel(std::optional<std::string> message) {
  log_traceback_ = false;
  if (done()) return false;
  ++num_cancels_requested_;
  if (fut_waiter_ && fut_waiter_->cancel(message)) {
    // Keep fut_waiter_: it may be a task that swallows the cancellation, to be cancelled again.
    return true;
  }
  if (sleep_state_ == SleepState::Pending) {
    cancel_sleep(message);
    return true;
  }
  // The next step is already scheduled; it will throw CancelledError into the coroutine.
  must_cancel_ = true;
  set_cancel_message(std::move(message));
  return true;
}

std::optional<std::string> TaskBase::pending_cancel_message() const {
  return extras_ ? extras_->cancel_message : std::nullopt;
}

void TaskBase::schedule_step(Error error) {
  loop().call_soon(Callback{&TaskBase::step_callback, Ref<RefCounted>(this), std::move(error)});
}

void TaskBase::step_callback(RefCounted& task, RefCounted* error) {
  static_cast<TaskBase&>(task).step(Error(static_cast<ErrorObject*>(error)));
}

void TaskBase::wakeup_callback(RefCounted& task, RefCounted* future) {
  Error error = static_cast<FutureBase*>(future)->result_error();
  static_cast<TaskBase&>(task).step(std::move(error));
}

void TaskBase::step(Error error) {
  EventLoop& owner = loop();
  if (done()) {
    owner.call_exception_handler({"Exception in callback Task.__step()",
                                  owner.errors().invalid_state("_step(): already done: " + repr()),
                                  Ref<FutureBase>(this)});
    return;
  }
  if (must_cancel_) {
    if (!error || !error->is_cancellation()) error = make_cancelled_error();
    must_cancel_ = false;
  }
  fut_waiter_.reset();
  sleep_state_ = SleepState::None;

  Ref<TaskBase> self(this);  // the coroutine may drop every other reference to its task
  TaskBase* outer_task = enter();
  StepResult result = resume_coroutine(std::move(error));
  leave(outer_task);
  finish_step(std::move(result));
}

TaskBase* TaskBase::enter() noexcept {
  TaskBase* outer_task = loop().current_task_;
  loop().current_task_ = this;
  return outer_task;
}

void TaskBase::leave(TaskBase* outer_task) noexcept {
  loop().current_task_ = outer_task;
}

void TaskBase::finish_step(StepResult result) {
  EventLoop& owner = loop();
  switch (result.status) {
    case StepStatus::HostWait:
      owner.pause();
      break;
    case StepStatus::Returned:
      if (must_cancel_) {  // cancelled right before the coroutine returned
        must_cancel_ = false;
        cancel_future(pending_cancel_message());
      } else {
        finish_with_value();
      }
      break;
    case StepStatus::Raised:
      if (result.error->is_cancellation()) {
        extras().cancelled_error = std::move(result.error);  // the first awaiter re-raises it
        cancel_future(std::nullopt);
      } else {
        set_exception_unchecked(std::move(result.error));
      }
      break;
    case StepStatus::Suspended:
      if (sleep_state_ == SleepState::Pending) {  // asleep on its own timer (begin_sleep)
        if (must_cancel_) {
          cancel_sleep(pending_cancel_message());
          must_cancel_ = false;
        }
      } else if (!result.awaiting) {  // bare yield: give up the rest of this iteration
        schedule_step(nullptr);
      } else if (&result.awaiting->loop() != &owner) {
        schedule_step(owner.errors().runtime_error("Task " + repr() + " got Future " +
                                                   result.awaiting->repr() +
                                                   " attached to a different loop"));
      } else if (result.awaiting.get() == this) {
        schedule_step(owner.errors().runtime_error("Task cannot await on itself: " + repr()));
      } else {
        result.awaiting->add_done_callback(&TaskBase::wakeup_callback, Ref<RefCounted>(this));
        fut_waiter_ = std::move(result.awaiting);
        if (must_cancel_ && fut_waiter_->cancel(pending_cancel_message())) must_cancel_ = false;
      }
      break;
  }
}

std::string TaskBase::repr() const {
  std::string text = "<Task " + state_word() + " name='" + name() + "'";
  if (std::string coro = describe_coroutine(); !coro.empty()) text += " " + coro;
  if (state() == State::Finished) {
    if (const Error& error = stored_error()) {
      text += " exception=" + error->type_name() + "('" + error->message() + "')";
    } else if (std::string result = describe_result(); !result.empty()) {
      text += " " + result;
    }
  }
  return text + ">";
}

namespace {
// A sleep's timer when the task's own entry is still busy: a previous sleep ended by
// cancellation leaves its cancelled timer in the heap until CPython would drop it.
class SpareSleepTimer final : public RefCounted {
 public:
  explicit SpareSleepTimer(TaskBase& task) : task(&task) {}
  TimerEntry entry;
  Ref<TaskBase> task;
};
}  // namespace

void TaskBase::begin_sleep(double delay) {
  EventLoop& owner = loop();
  const double when = owner.time() + delay;
  sleeping_on_spare_ = !sleep_timer_.idle();
  if (!sleeping_on_spare_) {
    owner.schedule_timer(sleep_timer_, when, *this, &TaskBase::sleep_timer_fired);
  } else {
    auto* spare = new SpareSleepTimer(*this);
    extras().spare_sleep_timer = Ref<RefCounted>(spare);
    owner.schedule_timer(spare->entry, when, *spare, [](RefCounted& object, RefCounted*) {
      auto& spare = static_cast<SpareSleepTimer&>(object);
      spare.entry.fired();
      if (!spare.entry.cancelled()) spare.task->sleep_timer_due(spare.entry);
    });
  }
  in_sleep_ = true;
  sleep_state_ = SleepState::Pending;
}

const char* TaskBase::sleep_future_state() const noexcept {
  switch (sleep_state_) {
    case SleepState::Pending:
      return "pending";
    case SleepState::Finished:
      return "finished";
    case SleepState::Cancelled:
      return "cancelled";
    default:
      return nullptr;
  }
}

TimerEntry* TaskBase::current_sleep() noexcept {
  if (!in_sleep_) return nullptr;
  if (!sleeping_on_spare_) return &sleep_timer_;
  return &static_cast<SpareSleepTimer&>(*extras_->spare_sleep_timer).entry;
}

void TaskBase::end_sleep() noexcept {
  TimerEntry* timer = current_sleep();
  if (!timer) return;
  loop().cancel_timer(*timer);
  in_sleep_ = false;
  if (sleeping_on_spare_) extras_->spare_sleep_timer.reset();
  sleeping_on_spare_ = false;
}

void TaskBase::sleep_timer_fired(RefCounted& task, RefCounted*) {
  auto& self = static_cast<TaskBase&>(task);
  self.sleep_timer_.fired();
  if (!self.sleep_timer_.cancelled()) self.sleep_timer_due(self.sleep_timer_);
}

// futures._set_result_unless_cancelled(sleep's future): the wakeup runs next iteration.
void TaskBase::sleep_timer_due(TimerEntry& timer) {
  if (&timer != current_sleep() || sleep_state_ != SleepState::Pending) return;
  sleep_state_ = SleepState::Finished;
  schedule_step(nullptr);
}

// Future.cancel(msg) on sleep's future: its done-callback (the wakeup) raises CancelledError.
void TaskBase::cancel_sleep(const std::optional<std::string>& message) {
  sleep_state_ = SleepState::Cancelled;
  schedule_step(loop().errors().cancelled(message));
}

void TaskBase::abandon() noexcept {
  Ref<TaskBase> self(this);
  destroy_coroutine();
  end_sleep();
  fut_waiter_.reset();
  sleep_state_ = SleepState::None;
  if (!done()) cancel_future(std::nullopt);  // it can never finish now
}

void TaskBase::last_reference_dropped() noexcept {
  if (state() == State::Pending) {
    Ref<TaskBase> self(this);
    if (log_destroy_pending()) {
      try {
        loop().call_exception_handler({"Task was destroyed but it is pending!", {}, self, "task"});
      } catch (...) {
      }
    }
    destroy_coroutine();
    // Pretend to be done so the second release does not report again.
    cancel_future(std::nullopt);
    return;
  }
  FutureBase::last_reference_dropped();
}

TaskBase* current_task() {
  EventLoop* loop = EventLoop::running();
  return loop ? loop->current_task() : nullptr;
}

std::vector<Ref<TaskBase>> all_tasks() {
  return EventLoop::get_running().all_tasks();
}

// ---- The C++ coroutine side -----------------------------------------------------------------

namespace detail {
namespace {
thread_local ResumeContext* running_resume_context = nullptr;
}

ResumeContext* running_context() noexcept {
  return running_resume_context;
}

ResumeContext* swap_running_context(ResumeContext* context) noexcept {
  return std::exchange(running_resume_context, context);
}

ResumeContext& suspend_here(coro::handle<> handle, Ref<FutureBase> awaiting) {
  ResumeContext* context = running_resume_context;
  if (!context) throw std::runtime_error("await outside of a running aio task");
  context->resume_point = handle;
  context->awaiting = std::move(awaiting);
  return *context;
}

void raise_if_thrown() {
  ResumeContext* context = running_resume_context;
  if (context && context->thrown) std::exchange(context->thrown, nullptr)->rethrow();
}

}  // namespace detail

// ---- Running to completion ------------------------------------------------------------------

namespace {
void stop_loop_of(RefCounted& future, RefCounted*) {
  static_cast<FutureBase&>(future).loop().stop();
}
}  // namespace

void run_until_complete(EventLoop& loop, FutureBase& future) {
  Ref<FutureBase> keep(&future);
  future.add_done_callback(&stop_loop_of, keep);
  try {
    loop.run_forever();
  } catch (...) {
    future.remove_done_callback(&stop_loop_of, &future);
    throw;
  }
  future.remove_done_callback(&stop_loop_of, &future);
  if (!future.done()) throw std::runtime_error("Event loop stopped before Future completed.");
}

void cancel_all_tasks(EventLoop& loop) {
  std::vector<Ref<TaskBase>> to_cancel = loop.all_tasks();
  if (to_cancel.empty()) return;
  for (auto& task : to_cancel) task->cancel();
  while (true) {
    bool all_done = true;
    for (auto& task : to_cancel) all_done = all_done && task->done();
    if (all_done) break;
    if (!loop.has_pending_work()) break;  // the rest can never finish
    EventLoop::RunningGuard running(loop);
    loop.run_once();
  }
  for (auto& task : to_cancel) {
    if (task->done() && !task->cancelled()) {
      if (Error error = task->exception()) {
        loop.call_exception_handler({"unhandled exception during asyncio.run() shutdown", error,
                                     Ref<FutureBase>(task), "task"});
      }
    }
  }
}

}  // namespace aio
