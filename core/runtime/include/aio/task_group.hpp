// asyncio.TaskGroup (taskgroups.py, CPython 3.11.7).
//
// Tasks created in a group are awaited when the group is left. The first task to fail cancels
// the others and the parent task; the failures then leave the group together as an
// ExceptionGroup. enter() and exit() are __aenter__ and __aexit__ for a language layer's
// `async with`; C++ code uses aio::task_group(body).
#pragma once

#include <optional>
#include <string>

#include "aio/coro.hpp"

namespace aio {

namespace detail {
class TaskGroupState;
}

class TaskGroup {
 public:
  TaskGroup();
  TaskGroup(const TaskGroup&);
  TaskGroup& operator=(const TaskGroup&);
  ~TaskGroup();

  // TaskGroup.create_task. RuntimeError before enter(), after the group finished, or while it
  // is shutting down (a task failed).
  template <class T>
  Task<T> create_task(Coro<T> coro, std::optional<std::string> name = std::nullopt) {
    check_can_create_task();
    // Like CPython, a named task still takes its Task-N number first, then gets renamed.
    Task<T> task = aio::create_task(loop(), std::move(coro));
    if (name) task.set_name(std::move(*name));
    adopt(task.task());
    return task;
  }

  // __aenter__: binds to the current task. RuntimeError if entered before or outside a task.
  void enter();
  // __aexit__: waits for every task of the group, then returns the error that leaves the
  // `async with` (null if none): the block's own error, a CancelledError, a KeyboardInterrupt,
  // or an exception group of the tasks' failures. Never throws.
  Coro<Error> exit(Error in_flight);

  // <TaskGroup tasks=2 errors=1 cancelling>
  std::string repr() const;

 private:
  void check_can_create_task() const;
  EventLoop& loop() const;
  void adopt(TaskBase& task);
  Ref<detail::TaskGroupState> state_;
};

// `async with asyncio.TaskGroup() as group: await body(group)`; throws what leaves the group.
template <class Body>
Coro<void> task_group(Body body) {
  TaskGroup group;
  group.enter();
  std::exception_ptr failure;
  try {
    co_await body(group);
  } catch (...) {
    failure = std::current_exception();
  }
  Error in_flight = failure ? capture_exception(failure) : nullptr;
  Error leaving = co_await group.exit(in_flight);
  if (!leaving) co_return;
  if (leaving == in_flight) std::rethrow_exception(failure);
  leaving->rethrow();
}

}  // namespace aio
