#include "aio/task_group.hpp"

#include <algorithm>
#include <vector>

namespace aio {
namespace detail {

class TaskGroupState final : public RefCounted {
 public:
  // _on_task_done
  static void on_task_done(RefCounted& self_object, RefCounted* task_object) {
    auto& self = static_cast<TaskGroupState&>(self_object);
    auto& task = static_cast<TaskBase&>(*task_object);
    self.tasks.erase(std::remove(self.tasks.begin(), self.tasks.end(), Ref<TaskBase>(&task)),
                     self.tasks.end());
    if (self.on_completed.valid() && self.tasks.empty() && !self.on_completed.done()) {
      self.on_completed.set_result();
    }
    if (task.cancelled()) return;
    Error error = task.exception();
    if (!error) return;
    self.errors.push_back(error);
    if (error->kind() == ErrorKind::Interrupt && !self.base_error) self.base_error = error;
    if (self.parent->done()) {
      self.loop->call_exception_handler({"Task " + task.repr() +
                                             " has errored out but its parent task " +
                                             self.parent->repr() + " is already completed",
                                         error, Ref<FutureBase>(&task), "task"});
      return;
    }
    if (!self.aborting && !self.parent_cancel_requested) {
      self.abort();
      self.parent_cancel_requested = true;
      self.parent->cancel();
    }
  }

  // _abort. CPython iterates a set of tasks (an order that depends on addresses); this is
  // creation order.
  void abort() {
    aborting = true;
    std::vector<Ref<TaskBase>> snapshot = tasks;
    for (auto& task : snapshot) {
      if (!task->done()) task->cancel();
    }
  }

  std::string repr() const {
    std::string info;
    if (!tasks.empty()) info += " tasks=" + std::to_string(tasks.size());
    if (!errors.empty()) info += " errors=" + std::to_string(errors.size());
    if (aborting) {
      info += " cancelling";
    } else if (entered) {
      info += " entered";
    }
    return "<TaskGroup" + info + ">";
  }

  bool entered = false;
  bool exiting = false;
  bool aborting = false;
  bool parent_cancel_requested = false;
  EventLoop* loop = nullptr;
  Ref<TaskBase> parent;
  std::vector<Ref<TaskBase>> tasks;  // in creation order
  std::vector<Error> errors;
  Error base_error;
  Future<void> on_completed;
};

}  // namespace detail

using detail::TaskGroupState;

TaskGroup::TaskGroup() : state_(new TaskGroupState) {}
TaskGroup::TaskGroup(const TaskGroup&) = default;
TaskGroup& TaskGroup::operator=(const TaskGroup&) = default;
TaskGroup::~TaskGroup() = default;

std::string TaskGroup::repr() const {
  return state_->repr();
}

EventLoop& TaskGroup::loop() const {
  return *state_->loop;
}

void TaskGroup::check_can_create_task() const {
  const TaskGroupState& s = *state_;
  if (!s.entered) raise_runtime_error("TaskGroup " + s.repr() + " has not been entered");
  if (s.exiting && s.tasks.empty()) {
    raise_runtime_error("TaskGroup " + s.repr() + " is finished");
  }
  if (s.aborting) raise_runtime_error("TaskGroup " + s.repr() + " is shutting down");
}

void TaskGroup::adopt(TaskBase& task) {
  task.add_done_callback(&TaskGroupState::on_task_done, state_);
  state_->tasks.emplace_back(&task);
}

void TaskGroup::enter() {
  TaskGroupState& s = *state_;
  if (s.entered) raise_runtime_error("TaskGroup " + s.repr() + " has already been entered");
  if (!s.loop) s.loop = &EventLoop::get_running();
  TaskBase* parent = s.loop->current_task();
  if (!parent) {
    raise_runtime_error("TaskGroup " + s.repr() + " cannot determine the parent task");
  }
  s.parent = Ref<TaskBase>(parent);
  s.entered = true;
}

Coro<Error> TaskGroup::exit(Error in_flight) {
  Ref<TaskGroupState> keep = state_;
  TaskGroupState& s = *keep;
  s.exiting = true;
  if (in_flight && in_flight->kind() == ErrorKind::Interrupt && !s.base_error) {
    s.base_error = in_flight;
  }
  Error propagate_cancellation = in_flight && in_flight->is_cancellation() ? in_flight : nullptr;
  if (s.parent_cancel_requested && s.parent->uncancel() == 0) propagate_cancellation = nullptr;
  if (in_flight && !s.aborting) s.abort();

  while (!s.tasks.empty()) {
    if (!s.on_completed.valid()) s.on_completed = Future<void>(*s.loop);
    try {
      co_await s.on_completed;
    } catch (const CancelledError&) {
      if (!s.aborting) {
        propagate_cancellation = capture_exception(std::current_exception());
        s.abort();
      }
    }
    s.on_completed = Future<void>();
  }

  s.parent.reset();  // the parent's frame holds this group: no cycle once it is left
  if (s.base_error) co_return s.base_error;
  if (propagate_cancellation && s.errors.empty()) co_return propagate_cancellation;
  if (in_flight && !in_flight->is_cancellation()) s.errors.push_back(in_flight);
  if (!s.errors.empty()) {
    std::vector<Error> errors = std::move(s.errors);
    s.errors.clear();
    co_return s.loop->errors().exception_group("unhandled errors in a TaskGroup",
                                               std::move(errors));
  }
  co_return nullptr;
}

}  // namespace aio
