#include "aio/wait.hpp"

namespace aio::detail {

void release_waiter(RefCounted& waiter, RefCounted*) {
  auto& state = static_cast<FutureState<void>&>(waiter);
  if (!state.done()) state.set_result(Unit{});
}

namespace {

// _wait's bookkeeping, shared by the done-callbacks it adds to every future.
class CompletionCounter final : public RefCounted {
 public:
  CompletionCounter(Future<void> waiter, std::size_t counter, ReturnWhen return_when)
      : waiter(std::move(waiter)), counter(counter), return_when(return_when) {}

  // _on_completion
  static void on_completion(RefCounted& self_object, RefCounted* future_object) {
    auto& self = static_cast<CompletionCounter&>(self_object);
    auto& future = static_cast<FutureBase&>(*future_object);
    --self.counter;
    if (self.counter == 0 || self.return_when == ReturnWhen::FIRST_COMPLETED ||
        (self.return_when == ReturnWhen::FIRST_EXCEPTION && !future.cancelled() &&
         future.exception())) {
      if (self.timeout_handle) self.timeout_handle->cancel();
      if (!self.waiter.done()) self.waiter.set_result();
    }
  }

  Future<void> waiter;
  std::size_t counter;
  ReturnWhen return_when;
  Ref<TimerHandle> timeout_handle;
};

}  // namespace

Coro<void> wait_for_completion(std::vector<Ref<FutureBase>> futures, ReturnWhen return_when,
                               std::optional<double> timeout) {
  EventLoop& loop = EventLoop::get_running();
  Future<void> waiter(loop);
  Ref<CompletionCounter> counter(new CompletionCounter(waiter, futures.size(), return_when));
  if (timeout) {
    counter->timeout_handle =
        loop.call_at(loop.time() + *timeout, Callback{&release_waiter, waiter.ref(), {}});
  }
  for (auto& future : futures) {
    future->add_done_callback(&CompletionCounter::on_completion, counter);
  }
  auto clean_up = [&] {  // the `finally:` of _wait
    if (counter->timeout_handle) counter->timeout_handle->cancel();
    for (auto& future : futures) {
      future->remove_done_callback(&CompletionCounter::on_completion, counter.get());
    }
  };
  try {
    co_await waiter;
  } catch (...) {
    clean_up();
    throw;
  }
  clean_up();
}

Coro<void> cancel_and_wait(Ref<FutureBase> future) {
  Future<void> waiter(future->loop());
  future->add_done_callback(&release_waiter, waiter.ref());
  try {
    future->cancel();
    co_await waiter;
  } catch (...) {
    future->remove_done_callback(&release_waiter, &waiter.base());
    throw;
  }
  future->remove_done_callback(&release_waiter, &waiter.base());
}

}  // namespace aio::detail
