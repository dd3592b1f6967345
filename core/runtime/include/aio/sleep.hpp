// asyncio.sleep(delay, result).
//
// sleep(0) (or less) is a bare yield: the task gives up the rest of this iteration and its next
// step is scheduled with call_soon. A positive delay creates a future and a timer that sets it
// (tasks.sleep: call_later(delay, _set_result_unless_cancelled)); the timer is cancelled when
// the coroutine resumes, however it resumes.
#pragma once

#include <chrono>

#include "aio/coro.hpp"

namespace aio {

namespace detail {
void set_result_unless_cancelled(RefCounted& future, RefCounted* unused);
}

template <class T = void>
class [[nodiscard]] SleepAwaiter {
 public:
  SleepAwaiter(double delay, Stored<T> result) : delay_(delay), result_(std::move(result)) {}
  SleepAwaiter(SleepAwaiter&&) noexcept = default;
  ~SleepAwaiter() {
    if (timer_) timer_->cancel();  // the frame is being destroyed while asleep
  }

  bool await_ready() const noexcept { return false; }
  void await_suspend(coro::handle<> handle) {
    if (delay_ <= 0) {
      detail::suspend_here(handle, nullptr);
      return;
    }
    EventLoop& loop = EventLoop::get_running();
    auto* state = new FutureState<void>(loop);
    future_ = Ref<FutureBase>(state);
    timer_ = loop.call_at(loop.time() + delay_,
                          Callback{&detail::set_result_unless_cancelled, future_, {}});
    detail::suspend_here(handle, future_);
  }
  Stored<T> await_resume() {
    if (timer_) std::exchange(timer_, nullptr)->cancel();
    detail::raise_if_thrown();
    if (future_) {
      if (Error error = future_->result_error()) error->rethrow();
    }
    return std::move(result_);
  }

 private:
  double delay_;
  Stored<T> result_;
  Ref<FutureBase> future_;
  Ref<TimerHandle> timer_;
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
