// asyncio.shield (tasks.py, CPython 3.11): an outer future that follows the inner one, so that
// cancelling the awaiter cancels only the outer future and the inner work goes on.
#pragma once

#include "aio/gather.hpp"

namespace aio {

namespace detail {

template <class T>
class Shield final : public RefCounted {
 public:
  Shield(Future<T> inner, Future<T> outer) : inner(std::move(inner)), outer(std::move(outer)) {}

  // _inner_done_callback
  static void inner_done(RefCounted& self_object, RefCounted*) {
    auto& self = static_cast<Shield&>(self_object);
    FutureBase& inner = self.inner.base();
    if (self.outer.cancelled()) {
      if (!inner.cancelled()) inner.exception();  // mark the inner result retrieved
      return;
    }
    if (inner.cancelled()) {
      self.outer.cancel();
    } else if (Error error = inner.exception()) {
      self.outer.set_exception(std::move(error));
    } else {
      self.outer.set_result(*self.inner.slot().value);
    }
  }

  // _outer_done_callback
  static void outer_done(RefCounted& self_object, RefCounted*) {
    auto& self = static_cast<Shield&>(self_object);
    if (!self.inner.done()) self.inner.base().remove_done_callback(&Shield::inner_done, &self);
  }

  Future<T> inner;
  Future<T> outer;
};

}  // namespace detail

template <class T>
Future<T> shield(Future<T> inner) {
  if (inner.done()) return inner;  // shortcut
  Future<T> outer(inner.base().loop());
  Ref<detail::Shield<T>> state(new detail::Shield<T>(inner, outer));
  inner.base().add_done_callback(&detail::Shield<T>::inner_done, state);
  outer.base().add_done_callback(&detail::Shield<T>::outer_done, state);
  return outer;
}
template <class T>
Future<T> shield(Task<T> task) {
  return shield(Future<T>(task));
}
template <class T>
Future<T> shield(Coro<T> coro) {
  return shield(Future<T>(ensure_future(std::move(coro))));
}

}  // namespace aio
