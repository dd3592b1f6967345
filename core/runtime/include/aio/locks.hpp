// Synchronization primitives: asyncio.Lock, Event, Condition, Semaphore, BoundedSemaphore
// (locks.py, CPython 3.11.7).
//
// Waiting is always a future in a FIFO deque, woken with set_result — so a woken waiter runs on
// the next iteration and can be overtaken exactly as in CPython. Each primitive binds to the
// loop that first uses it (_LoopBoundMixin), so it can be made before the loop runs.
#pragma once

#include <deque>
#include <string>

#include "aio/coro.hpp"

namespace aio {

namespace detail {
// _LoopBoundMixin._get_loop: the running loop, which must be the one bound at first use.
class LoopBound {
 protected:
  EventLoop& bound_loop(const char* what);

 private:
  EventLoop* loop_ = nullptr;
};
}  // namespace detail

// Releases a lock or semaphore when destroyed: the __aexit__ of `async with`. (An explicit
// release() is needed to observe its errors.)
template <class Primitive>
class ReleaseOnExit {
 public:
  explicit ReleaseOnExit(Primitive& primitive) : primitive_(&primitive) {}
  ReleaseOnExit(ReleaseOnExit&& other) noexcept
      : primitive_(std::exchange(other.primitive_, nullptr)) {}
  ReleaseOnExit& operator=(ReleaseOnExit&&) = delete;
  ~ReleaseOnExit() {
    if (primitive_) primitive_->release();
  }

 private:
  Primitive* primitive_;
};

class Lock : detail::LoopBound {
 public:
  Lock() = default;
  Lock(const Lock&) = delete;
  Lock& operator=(const Lock&) = delete;

  // Waits until the lock is free, then takes it. Waiters are served in FIFO order.
  Coro<void> acquire();
  // RuntimeError('Lock is not acquired.') if not locked.
  void release();
  bool locked() const noexcept { return locked_; }
  std::string repr() const;

  // `async with lock:` for C++: `auto guard = co_await lock.scoped();`
  using Guard = ReleaseOnExit<Lock>;
  Coro<Guard> scoped();

 private:
  friend class Condition;
  void wake_up_first();

  std::deque<Future<void>> waiters_;
  bool locked_ = false;
};

class Event : detail::LoopBound {
 public:
  Event() = default;
  Event(const Event&) = delete;
  Event& operator=(const Event&) = delete;

  bool is_set() const noexcept { return value_; }
  // Wakes every waiter (each on the next iteration).
  void set();
  void clear() noexcept { value_ = false; }
  // Returns at once if set, else when set() is called.
  Coro<void> wait();
  std::string repr() const;

 private:
  std::deque<Future<void>> waiters_;
  bool value_ = false;
};

class Condition : detail::LoopBound {
 public:
  // Uses `lock` if given (it must outlive the condition), else a lock of its own.
  explicit Condition(Lock* lock = nullptr);
  Condition(const Condition&) = delete;
  Condition& operator=(const Condition&) = delete;

  Coro<void> acquire() { return lock_->acquire(); }
  void release() { lock_->release(); }
  bool locked() const noexcept { return lock_->locked(); }
  Coro<Lock::Guard> scoped() { return lock_->scoped(); }

  // Releases the lock, waits for a notify, re-acquires the lock (even if cancelled meanwhile,
  // raising CancelledError afterwards). RuntimeError without the lock.
  Coro<void> wait();
  // Waits until predicate() is true.
  template <class Predicate>
  Coro<void> wait_for(Predicate predicate) {
    while (!predicate()) co_await wait();
  }
  // Wakes up to n waiters. RuntimeError without the lock.
  void notify(std::size_t n = 1);
  void notify_all() { notify(waiters_.size()); }
  std::string repr() const;

 private:
  Lock own_lock_;
  Lock* lock_;
  std::deque<Future<void>> waiters_;
};

class Semaphore : detail::LoopBound {
 public:
  // ValueError('Semaphore initial value must be >= 0') for a negative value.
  explicit Semaphore(int value = 1);
  Semaphore(const Semaphore&) = delete;
  Semaphore& operator=(const Semaphore&) = delete;
  virtual ~Semaphore() = default;

  Coro<void> acquire();
  virtual void release();
  // True when acquire() would wait.
  bool locked() const noexcept;
  int value() const noexcept { return value_; }
  std::string repr() const;

  using Guard = ReleaseOnExit<Semaphore>;
  Coro<Guard> scoped();

 protected:
  int value_;

 private:
  void wake_up_next();
  std::deque<Future<void>> waiters_;
};

class BoundedSemaphore final : public Semaphore {
 public:
  explicit BoundedSemaphore(int value = 1) : Semaphore(value), bound_value_(value) {}
  // ValueError('BoundedSemaphore released too many times') above the initial value.
  void release() override;

 private:
  int bound_value_;
};

}  // namespace aio
