#include "aio/queue.hpp"

#include <algorithm>

namespace aio::detail {

void QueueCore::wakeup_next(std::deque<Future<void>>& waiters) {
  while (!waiters.empty()) {
    Future<void> waiter = std::move(waiters.front());
    waiters.pop_front();
    if (!waiter.done()) {
      waiter.set_result();
      break;
    }
  }
}

Coro<void> QueueCore::wait_while(bool (*blocked)(const QueueCore&),
                                 std::deque<Future<void>>& waiters) {
  while (blocked(*this)) {
    Future<void> waiter(bound_loop("Queue"));
    waiters.push_back(waiter);
    std::exception_ptr failure;  // handled below: a handler cannot hold the clean-up's awaits
    try {
      co_await waiter;
    } catch (...) {
      failure = std::current_exception();
    }
    if (failure) {
      waiter.cancel();  // just in case it is not done yet
      auto it = std::find(waiters.begin(), waiters.end(), waiter);
      if (it != waiters.end()) waiters.erase(it);
      // A wakeup meant for us must not be lost: pass it on.
      if (!blocked(*this) && !waiter.cancelled()) wakeup_next(waiters);
      std::rethrow_exception(failure);
    }
  }
}

void QueueCore::after_put() {
  ++unfinished_tasks_;
  finished_.clear();
  wakeup_next(getters_);
}

void QueueCore::task_done() {
  if (unfinished_tasks_ <= 0) raise_value_error("task_done() called too many times");
  if (--unfinished_tasks_ == 0) finished_.set();
}

Coro<void> QueueCore::join() {
  if (unfinished_tasks_ > 0) co_await finished_.wait();
}

}  // namespace aio::detail
