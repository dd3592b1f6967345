#include "aio/locks.hpp"

#include <algorithm>

namespace aio {
namespace detail {

namespace {
void remove_first(std::deque<Future<void>>& waiters, const Future<void>& waiter) {
  auto it = std::find(waiters.begin(), waiters.end(), waiter);
  if (it != waiters.end()) waiters.erase(it);
}

// `waiters.append(fut); try: await fut; finally: waiters.remove(fut)`
Coro<void> wait_in_line(std::deque<Future<void>>& waiters, Future<void> waiter) {
  waiters.push_back(waiter);
  try {
    co_await waiter;
  } catch (...) {
    remove_first(waiters, waiter);
    throw;
  }
  remove_first(waiters, waiter);
}

std::string with_waiters(std::string extra, std::size_t waiters) {
  if (waiters) extra += ", waiters:" + std::to_string(waiters);
  return extra;
}
}  // namespace

EventLoop& LoopBound::bound_loop(const char* what) {
  EventLoop& loop = EventLoop::get_running();
  if (!loop_) loop_ = &loop;
  if (loop_ != &loop)
    raise_runtime_error(std::string(what) + " is bound to a different event loop");
  return loop;
}

}  // namespace detail

using detail::wait_in_line;
using detail::with_waiters;

// ---- Lock -----------------------------------------------------------------------------------

Coro<void> Lock::acquire() {
  if (!locked_ && std::all_of(waiters_.begin(), waiters_.end(),
                              [](const Future<void>& w) { return w.cancelled(); })) {
    locked_ = true;
    co_return;
  }
  try {
    co_await wait_in_line(waiters_, Future<void>(bound_loop("Lock")));
  } catch (const CancelledError&) {
    if (!locked_) wake_up_first();
    throw;
  }
  locked_ = true;
}

void Lock::release() {
  if (!locked_) raise_runtime_error("Lock is not acquired.");
  locked_ = false;
  wake_up_first();
}

void Lock::wake_up_first() {
  if (waiters_.empty()) return;
  Future<void>& first = waiters_.front();
  if (!first.done()) first.set_result();
}

Coro<Lock::Guard> Lock::scoped() {
  co_await acquire();
  co_return Guard(*this);
}

std::string Lock::repr() const {
  return "<asyncio.locks.Lock object [" +
         with_waiters(locked_ ? "locked" : "unlocked", waiters_.size()) + "]>";
}

// ---- Event ----------------------------------------------------------------------------------

void Event::set() {
  if (value_) return;
  value_ = true;
  for (auto& waiter : waiters_) {
    if (!waiter.done()) waiter.set_result();
  }
}

Coro<void> Event::wait() {
  if (value_) co_return;
  co_await wait_in_line(waiters_, Future<void>(bound_loop("Event")));
}

std::string Event::repr() const {
  return "<asyncio.locks.Event object [" + with_waiters(value_ ? "set" : "unset", waiters_.size()) +
         "]>";
}

// ---- Condition ------------------------------------------------------------------------------

Condition::Condition(Lock* lock) : lock_(lock ? lock : &own_lock_) {}

Coro<void> Condition::wait() {
  if (!locked()) raise_runtime_error("cannot wait on un-acquired lock");
  release();
  std::exception_ptr failure;
  try {
    co_await wait_in_line(waiters_, Future<void>(bound_loop("Condition")));
  } catch (...) {
    failure = std::current_exception();
  }
  // The `finally:` — take the lock back whatever happened, even through cancellations.
  bool cancelled = false;
  while (true) {
    try {
      co_await acquire();
      break;
    } catch (const CancelledError&) {
      cancelled = true;
    }
  }
  if (cancelled) throw CancelledError();
  if (failure) std::rethrow_exception(failure);
}

void Condition::notify(std::size_t n) {
  if (!locked()) raise_runtime_error("cannot notify on un-acquired lock");
  std::size_t woken = 0;
  for (auto& waiter : waiters_) {
    if (woken >= n) break;
    if (!waiter.done()) {
      ++woken;
      waiter.set_result();
    }
  }
}

std::string Condition::repr() const {
  return "<asyncio.locks.Condition object [" +
         with_waiters(locked() ? "locked" : "unlocked", waiters_.size()) + "]>";
}

// ---- Semaphore ------------------------------------------------------------------------------

Semaphore::Semaphore(int value) : value_(value) {
  if (value < 0) raise_value_error("Semaphore initial value must be >= 0");
}

bool Semaphore::locked() const noexcept {
  return value_ == 0 || std::any_of(waiters_.begin(), waiters_.end(),
                                    [](const Future<void>& w) { return !w.cancelled(); });
}

Coro<void> Semaphore::acquire() {
  if (!locked()) {
    --value_;
    co_return;
  }
  Future<void> waiter(bound_loop("Semaphore"));
  try {
    co_await wait_in_line(waiters_, waiter);
  } catch (const CancelledError&) {
    if (!waiter.cancelled()) {  // woken, then cancelled: hand the unit on
      ++value_;
      wake_up_next();
    }
    throw;
  }
  if (value_ > 0) wake_up_next();
}

void Semaphore::release() {
  ++value_;
  wake_up_next();
}

void Semaphore::wake_up_next() {
  for (auto& waiter : waiters_) {
    if (!waiter.done()) {
      --value_;
      waiter.set_result();
      return;
    }
  }
}

Coro<Semaphore::Guard> Semaphore::scoped() {
  co_await acquire();
  co_return Guard(*this);
}

std::string Semaphore::repr() const {
  std::string extra = locked() ? "locked" : "unlocked, value:" + std::to_string(value_);
  return "<asyncio.locks.Semaphore object [" + with_waiters(extra, waiters_.size()) + "]>";
}

void BoundedSemaphore::release() {
  if (value_ >= bound_value_) raise_value_error("BoundedSemaphore released too many times");
  Semaphore::release();
}

}  // namespace aio
