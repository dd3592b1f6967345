// asyncio.sleep(delay, result).
//
// sleep(0) (or less) is a bare yield: the task gives up the rest of this iteration and its next
// step is scheduled with call_soon. A positive delay arms the task's own timer (TaskBase::
// begin_sleep), which behaves exactly like tasks.sleep's future + call_later; the timer is
// cancelled when the coroutine resumes, however it resumes.
#pragma once

#include <chrono>

#include "aio/coro.hpp"

namespace aio {

template <class T = void>
class [[nodiscard]] SleepAwaiter {
 public:
  SleepAwaiter(double delay, Stored<T> result) : delay_(delay), result_(std::move(result)) {}
  SleepAwaiter(SleepAwaiter&& other) noexcept
      : delay_(other.delay_),
        result_(std::move(other.result_)),
        sleeping_task_(std::exchange(other.sleeping_task_, nullptr)) {}
  ~SleepAwaiter() {
    if (sleeping_task_) sleeping_task_->end_sleep();  // the frame is destroyed while asleep
  }

  bool await_ready() const noexcept { return false; }
  void await_suspend(coro::handle<> handle) {
    detail::suspend_here(handle, nullptr);
    if (delay_ > 0) {
      sleeping_task_ = current_task();
      sleeping_task_->begin_sleep(delay_);
    }
  }
  Stored<T> await_resume() {
    if (sleeping_task_) std::exchange(sleeping_task_, nullptr)->end_sleep();
    detail::raise_if_thrown();
    return std::move(result_);
  }

 private:
  double delay_;
  Stored<T> result_;
  TaskBase* sleeping_task_ = nullptr;  // set between begin_sleep and end_sleep
};

inline SleepAwaiter<void> sleep(double seconds) {
  return SleepAwaiter<void>(seconds, Unit{});
}
template <class Rep, class Period>
SleepAwaiter<void> sleep(std::chrono::duration<Rep, Period> duration) {
  return sleep(std::chrono::duration<double>(duration).count());
}
// sleep(delay, result): `co_await` gives back result.
template <class T>
SleepAwaiter<T> sleep(double seconds, T result) {
  return SleepAwaiter<T>(seconds, std::move(result));
}

}  // namespace aio
