// asyncio.wait, wait_for and as_completed (tasks.py, CPython 3.11).
#pragma once

#include <optional>
#include <vector>

#include "aio/gather.hpp"
#include "aio/queue.hpp"

namespace aio {

enum class ReturnWhen { FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED };
inline constexpr ReturnWhen FIRST_COMPLETED = ReturnWhen::FIRST_COMPLETED;
inline constexpr ReturnWhen FIRST_EXCEPTION = ReturnWhen::FIRST_EXCEPTION;
inline constexpr ReturnWhen ALL_COMPLETED = ReturnWhen::ALL_COMPLETED;

// What wait() returns: the futures that are done and those still pending, in input order
// (CPython returns two sets).
template <class T>
struct WaitResult {
  std::vector<Future<T>> done;
  std::vector<Future<T>> pending;
};

namespace detail {

// _release_waiter: sets the waiter unless it is done already. Used as a timer callback and as
// a done-callback (whose future argument it ignores).
void release_waiter(RefCounted& waiter, RefCounted* unused);

// _wait: returns when `return_when` is satisfied or the timeout expires.
Coro<void> wait_for_completion(std::vector<Ref<FutureBase>> futures, ReturnWhen return_when,
                               std::optional<double> timeout);

// _cancel_and_wait: cancels the future and waits until it is done, through a separate waiter
// so that the wait itself stays cancellable.
Coro<void> cancel_and_wait(Ref<FutureBase> future);

template <class T>
std::vector<Future<T>> unique(std::vector<Future<T>> futures) {
  std::vector<Future<T>> result;
  for (auto& future : futures) {
    if (std::find(result.begin(), result.end(), future) == result.end()) result.push_back(future);
  }
  return result;
}

}  // namespace detail

// asyncio.wait(fs, timeout=, return_when=). Raises ValueError on an empty input.
template <class T>
Coro<WaitResult<T>> wait(std::vector<Future<T>> futures, ReturnWhen return_when = ALL_COMPLETED,
                         std::optional<double> timeout = std::nullopt) {
  if (futures.empty()) {
    EventLoop::get_running().errors().value_error("Set of Tasks/Futures is empty.")->rethrow();
  }
  futures = detail::unique(std::move(futures));
  std::vector<Ref<FutureBase>> bases;
  for (auto& future : futures) bases.push_back(future.ref());
  co_await detail::wait_for_completion(std::move(bases), return_when, timeout);
  WaitResult<T> result;
  for (auto& future : futures) (future.done() ? result.done : result.pending).push_back(future);
  co_return result;
}
template <class T>
Coro<WaitResult<T>> wait(std::vector<Task<T>> tasks, ReturnWhen return_when = ALL_COMPLETED,
                         std::optional<double> timeout = std::nullopt) {
  return wait(std::vector<Future<T>>(tasks.begin(), tasks.end()), return_when, timeout);
}

// asyncio.wait_for(fut, timeout): the result, or TimeoutError after cancelling the future and
// waiting for it to end. timeout = nullopt waits forever.
template <class T>
Coro<Stored<T>> wait_for(Future<T> future, std::optional<double> timeout) {
  EventLoop& loop = EventLoop::get_running();
  if (!timeout) co_return co_await future;

  if (*timeout <= 0) {
    if (future.done()) co_return future.result();
    co_await detail::cancel_and_wait(future.ref());
    if (future.cancelled()) loop.errors().timeout()->rethrow();  // raise TimeoutError() from exc
    co_return future.result();
  }

  Future<void> waiter(loop);
  Ref<TimerHandle> timeout_handle =
      loop.call_at(loop.time() + *timeout, Callback{&detail::release_waiter, waiter.ref(), {}});
  struct CancelTimeout {  // the `finally: timeout_handle.cancel()`
    Ref<TimerHandle> handle;
    ~CancelTimeout() { handle->cancel(); }
  } cancel_timeout{timeout_handle};
  future.base().add_done_callback(&detail::release_waiter, waiter.ref());

  std::exception_ptr cancellation;  // C++ cannot co_await in a handler: finish below
  try {
    co_await waiter;
  } catch (const CancelledError&) {
    cancellation = std::current_exception();
  }
  if (future.done()) co_return future.result();
  future.base().remove_done_callback(&detail::release_waiter, &waiter.base());
  if (cancellation) {
    // We must ensure that the task is not running after wait_for() returns (bpo-32751).
    co_await detail::cancel_and_wait(future.ref());
    std::rethrow_exception(cancellation);
  }
  co_await detail::cancel_and_wait(future.ref());
  if (future.cancelled()) loop.errors().timeout()->rethrow();  // raise TimeoutError() from exc
  co_return future.result();
}
// wait_for(coroutine, timeout): awaited inline without a timeout, else wrapped in a task.
template <class T>
Coro<Stored<T>> wait_for(Coro<T> coro, std::optional<double> timeout) {
  if (!timeout) co_return co_await std::move(coro);
  co_return co_await wait_for(Future<T>(ensure_future(std::move(coro))), timeout);
}
template <class T>
Coro<Stored<T>> wait_for(Task<T> task, std::optional<double> timeout) {
  return wait_for(Future<T>(task), timeout);
}

namespace detail {

// What as_completed shares between its callbacks and its coroutines: the futures still to
// come, and the `done` queue (an asyncio.Queue in CPython too).
template <class T>
class AsCompleted final : public RefCounted {
 public:
  explicit AsCompleted(EventLoop& loop) : loop(loop) {}

  // _on_completion
  static void on_completion(RefCounted& self_object, RefCounted* future) {
    auto& self = static_cast<AsCompleted&>(self_object);
    if (self.todo.empty()) return;  // _on_timeout() was here first
    auto it = std::find_if(self.todo.begin(), self.todo.end(),
                           [&](const Future<T>& f) { return &f.base() == future; });
    Future<T> finished = *it;
    self.todo.erase(it);
    self.done.put_nowait(std::move(finished));
    if (self.todo.empty() && self.timeout_handle) self.timeout_handle->cancel();
  }

  // _on_timeout
  void expire() {
    for (auto& future : todo) {
      future.base().remove_done_callback(&AsCompleted::on_completion, this);
      done.put_nowait(Future<T>());  // a dummy value for _wait_for_one()
    }
    todo.clear();
    timeout_handle.reset();  // its callback holds this state: break the cycle
  }

  EventLoop& loop;
  std::vector<Future<T>> todo;
  Queue<Future<T>> done;
  Ref<TimerHandle> timeout_handle;
};

// _wait_for_one
template <class T>
Coro<Stored<T>> wait_for_one(Ref<AsCompleted<T>> state) {
  Future<T> next = co_await state->done.get();
  if (!next.valid()) state->loop.errors().timeout()->rethrow();
  co_return next.result();
}

}  // namespace detail

// asyncio.as_completed(fs, timeout=): one coroutine per future; awaiting the k-th gives the
// k-th result to arrive (or raises its exception, or TimeoutError once the timeout expired).
template <class T>
std::vector<Coro<Stored<T>>> as_completed(std::vector<Future<T>> futures,
                                          std::optional<double> timeout = std::nullopt) {
  EventLoop& loop = EventLoop::get_running();
  Ref<detail::AsCompleted<T>> state(new detail::AsCompleted<T>(loop));
  state->todo = detail::unique(std::move(futures));
  for (auto& future : state->todo) {
    future.base().add_done_callback(&detail::AsCompleted<T>::on_completion, state);
  }
  if (!state->todo.empty() && timeout) {
    state->timeout_handle = loop.call_later(*timeout, [state] { state->expire(); });
  }
  std::vector<Coro<Stored<T>>> coroutines;
  for (std::size_t i = 0; i < state->todo.size(); ++i) {
    coroutines.push_back(detail::wait_for_one(state));
  }
  return coroutines;
}
template <class T>
std::vector<Coro<Stored<T>>> as_completed(std::vector<Task<T>> tasks,
                                          std::optional<double> timeout = std::nullopt) {
  return as_completed(std::vector<Future<T>>(tasks.begin(), tasks.end()), timeout);
}

}  // namespace aio
