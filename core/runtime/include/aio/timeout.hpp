// asyncio.timeout / timeout_at (timeouts.py, CPython 3.11.7).
//
// A Timeout cancels the task it was entered in when its deadline passes; on the way out it turns
// that cancellation into TimeoutError — unless someone else also asked to cancel the task, in
// which case the CancelledError propagates (the cancelling()/uncancel() count tells them apart).
// enter() and exit() are __aenter__ and __aexit__, for a language layer's `async with`; C++
// code uses run() or aio::timeout(delay, coro).
#pragma once

#include <optional>
#include <string>

#include "aio/coro.hpp"

namespace aio {

namespace detail {
class TimeoutState;
}

class Timeout {
 public:
  // Deadline in loop time; nullopt never expires.
  explicit Timeout(std::optional<double> when);
  Timeout(const Timeout&);
  Timeout& operator=(const Timeout&);
  ~Timeout();

  std::optional<double> when() const noexcept;
  // Moves the deadline (nullopt: never); a deadline already past expires on the next iteration.
  // Raises RuntimeError unless entered and not yet expired or exited.
  void reschedule(std::optional<double> when);
  // Did the timeout expire while the block ran?
  bool expired() const noexcept;
  // <Timeout [active] when=12.5>
  std::string repr() const;

  // __aenter__: binds to the current task. RuntimeError outside a task or if entered before.
  void enter();
  // __aexit__: given the error leaving the block (null if none), returns the error that leaves
  // the `async with`: the same one, or TimeoutError in place of this timeout's cancellation.
  Error exit(Error in_flight);

  // enter(); co_await body; exit() — the C++ form of `async with timeout:`.
  template <class T>
  Coro<Stored<T>> run(Coro<T> body) {
    enter();
    std::exception_ptr failure;
    std::optional<Stored<T>> result;
    try {
      result.emplace(co_await std::move(body));
    } catch (...) {
      failure = std::current_exception();
    }
    Error in_flight = failure ? capture_exception(failure) : nullptr;
    Error leaving = exit(in_flight);
    if (leaving && leaving != in_flight) leaving->rethrow();
    if (failure) std::rethrow_exception(failure);
    co_return std::move(*result);
  }

 private:
  Ref<detail::TimeoutState> state_;
};

// asyncio.timeout(delay): a Timeout at loop.time() + delay (nullopt: none).
Timeout timeout(std::optional<double> delay);
// asyncio.timeout_at(when).
inline Timeout timeout_at(std::optional<double> when) {
  return Timeout(when);
}

// `async with asyncio.timeout(delay): return await body`.
template <class T>
Coro<Stored<T>> timeout(std::optional<double> delay, Coro<T> body) {
  Timeout scope = timeout(delay);
  co_return co_await scope.run(std::move(body));
}
template <class T>
Coro<Stored<T>> timeout_at(std::optional<double> when, Coro<T> body) {
  Timeout scope = timeout_at(when);
  co_return co_await scope.run(std::move(body));
}

}  // namespace aio
