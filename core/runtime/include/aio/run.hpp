// aio::run — asyncio.run for C++ programs: a new loop, the coroutine as its main task, then
// every task still pending cancelled and awaited before the loop closes.
#pragma once

#include "aio/coro.hpp"

namespace aio {

struct RunOptions {
  ClockKind clock = ClockKind::Real;
};

// Runs iterations until the future is done (loop.run_until_complete), then returns; the caller
// reads the outcome from the future. Throws std::runtime_error if the loop stops first.
void run_until_complete(EventLoop& loop, FutureBase& future);

// Cancels the loop's pending tasks and runs until they are all done (asyncio.runners'
// _cancel_all_tasks); failures other than cancellation go to the exception handler.
void cancel_all_tasks(EventLoop& loop);

template <class T>
Stored<T> run(Coro<T> main, RunOptions options = {}) {
  if (EventLoop::running()) {
    throw std::runtime_error("asyncio.run() cannot be called from a running event loop");
  }
  EventLoop loop(LoopOptions{options.clock});
  struct Shutdown {
    EventLoop& loop;
    ~Shutdown() {
      try {
        cancel_all_tasks(loop);
      } catch (...) {
      }
      loop.close();
    }
  } shutdown{loop};
  Task<T> task = create_task(loop, std::move(main));
  run_until_complete(loop, task.base());
  return task.result();
}

}  // namespace aio
