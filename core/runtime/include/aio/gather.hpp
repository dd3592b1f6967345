// asyncio.gather and ensure_future (tasks.py, CPython 3.11).
//
// gather returns the _GatheringFuture: done when every child is done, with the results in
// argument order. Without return_exceptions the first failure (or cancellation) of a child
// finishes it at once while the other children keep running; cancelling it cancels the
// children, and the cancellation then propagates whatever return_exceptions says.
#pragma once

#include <algorithm>
#include <optional>
#include <vector>

#include "aio/coro.hpp"

namespace aio {

// A child's outcome when gathering with return_exceptions: a value or an error.
template <class T>
struct Outcome {
  std::optional<Stored<T>> value;
  Error error;
  bool ok() const noexcept { return !error; }
};

struct ReturnExceptions {};
inline constexpr ReturnExceptions return_exceptions{};

// ensure_future: a coroutine becomes a task on the running loop; a future stays itself.
template <class T>
Task<T> ensure_future(Coro<T> coro) {
  return create_task(std::move(coro));
}
template <class T>
Future<T> ensure_future(Future<T> future) {
  return future;
}

namespace detail {

template <class T, bool kReturnExceptions>
using GatherResult = std::vector<std::conditional_t<kReturnExceptions, Outcome<T>, Stored<T>>>;

template <class T, bool kReturnExceptions>
class GatheringFuture final : public FutureBase,
                              public ResultSlot<GatherResult<T, kReturnExceptions>> {
 public:
  GatheringFuture(EventLoop& loop, std::vector<Future<T>> children)
      : FutureBase(loop), children_(std::move(children)) {}

  // A child counts once however often it was passed (gather's arg_to_fut).
  void watch_children() {
    std::vector<FutureBase*> seen;
    for (auto& child : children_) {
      if (std::find(seen.begin(), seen.end(), &child.base()) != seen.end()) continue;
      seen.push_back(&child.base());
      child.base().add_done_callback(&GatheringFuture::on_child_done, Ref<RefCounted>(this));
    }
    unique_children_ = seen.size();
  }

  bool cancel(std::optional<std::string> message = std::nullopt) override {
    if (done()) return false;
    bool any = false;
    for (auto& child : children_) {
      if (child.cancel(message)) any = true;
    }
    // If any child was really cancelled, the cancellation propagates regardless of
    // return_exceptions (bpo-32684).
    if (any) cancel_requested_ = true;
    return any;
  }

 private:
  // gather's _done_callback.
  static void on_child_done(RefCounted& target, RefCounted* child_object) {
    auto& outer = static_cast<GatheringFuture&>(target);
    auto& child = static_cast<FutureBase&>(*child_object);
    ++outer.finished_;
    if (outer.done()) {
      if (!child.cancelled()) child.exception();  // mark it retrieved
      return;
    }
    if constexpr (!kReturnExceptions) {
      if (child.cancelled()) {
        outer.set_exception(child.make_cancelled_error());
        return;
      }
      if (Error error = child.exception()) {
        outer.set_exception(std::move(error));
        return;
      }
    }
    if (outer.finished_ < outer.unique_children_) return;

    GatherResult<T, kReturnExceptions> results;
    results.reserve(outer.children_.size());
    for (auto& each : outer.children_) {
      FutureBase& base = each.base();
      if constexpr (kReturnExceptions) {
        Outcome<T> outcome;
        if (base.cancelled()) {
          // CancelledError('' if fut._cancel_message is None else fut._cancel_message)
          const std::string* message = base.cancel_message();
          outcome.error = outer.loop().errors().cancelled(message ? *message : std::string());
        } else if (Error error = base.exception()) {
          outcome.error = std::move(error);
        } else {
          outcome.value = *each.slot().value;
        }
        results.push_back(std::move(outcome));
      } else {
        results.push_back(*each.slot().value);
      }
    }
    if (outer.cancel_requested_) {
      // gather reads `fut` after its loop: the last child.
      outer.set_exception(outer.children_.back().base().make_cancelled_error());
    } else {
      outer.value.emplace(std::move(results));
      outer.finish_with_value();
    }
  }

  std::vector<Future<T>> children_;
  std::size_t unique_children_ = 0;
  std::size_t finished_ = 0;
  bool cancel_requested_ = false;
};

template <class T, bool kReturnExceptions>
Future<GatherResult<T, kReturnExceptions>> gather(std::vector<Future<T>> children) {
  using Result = GatherResult<T, kReturnExceptions>;
  if (children.empty()) {
    Future<Result> outer(EventLoop::get_running());
    outer.set_result(Result{});
    return outer;
  }
  EventLoop& loop = children.front().base().loop();
  auto* outer = new GatheringFuture<T, kReturnExceptions>(loop, std::move(children));
  Future<Result> handle = Future<Result>::adopt(outer);
  outer->watch_children();
  return handle;
}

}  // namespace detail

// gather(futures): a future of the results in argument order; the first failure propagates.
template <class T>
Future<std::vector<Stored<T>>> gather(std::vector<Future<T>> children) {
  return detail::gather<T, false>(std::move(children));
}
// gather(futures, return_exceptions): failures and cancellations become outcomes instead.
template <class T>
Future<std::vector<Outcome<T>>> gather(std::vector<Future<T>> children, ReturnExceptions) {
  return detail::gather<T, true>(std::move(children));
}
template <class T>
Future<std::vector<Stored<T>>> gather(std::vector<Task<T>> children) {
  return gather(std::vector<Future<T>>(children.begin(), children.end()));
}
template <class T>
Future<std::vector<Outcome<T>>> gather(std::vector<Task<T>> children, ReturnExceptions) {
  return gather(std::vector<Future<T>>(children.begin(), children.end()), return_exceptions);
}
// gather(a, b, c): futures, tasks or coroutines of one result type; coroutines become tasks in
// argument order.
template <class A>
concept SingleAwaitable = requires {
  typename std::decay_t<A>::value_type;
}
&&!requires {
  typename std::decay_t<A>::allocator_type;
};

template <SingleAwaitable First, SingleAwaitable... Rest>
auto gather(First&& first, Rest&&... rest) {
  using T = typename std::decay_t<First>::value_type;
  std::vector<Future<T>> children;
  children.push_back(ensure_future(std::forward<First>(first)));
  (children.push_back(ensure_future(std::forward<Rest>(rest))), ...);
  return gather(std::move(children));
}

}  // namespace aio
