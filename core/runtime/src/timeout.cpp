#include "aio/timeout.hpp"

#include <cmath>
#include <sstream>

namespace aio {
namespace detail {

class TimeoutState final : public RefCounted {
 public:
  enum class State { Created, Entered, Expiring, Expired, Exited };

  explicit TimeoutState(std::optional<double> when) : when(when) {}

  // _on_timeout
  static void on_timeout(RefCounted& self_object, RefCounted*) {
    auto& self = static_cast<TimeoutState&>(self_object);
    self.task->cancel();
    self.state = State::Expiring;
    self.handler.reset();  // drop the reference early
  }

  State state = State::Created;
  std::optional<double> when;
  Ref<Handle> handler;
  Ref<TaskBase> task;
  int cancelling = 0;
};

namespace {
const char* state_value(TimeoutState::State state) {
  switch (state) {
    case TimeoutState::State::Created:
      return "created";
    case TimeoutState::State::Entered:
      return "active";
    case TimeoutState::State::Expiring:
      return "expiring";
    case TimeoutState::State::Expired:
      return "expired";
    case TimeoutState::State::Exited:
      return "finished";
  }
  return "";
}

}  // namespace

}  // namespace detail

using detail::TimeoutState;

Timeout::Timeout(std::optional<double> when) : state_(new TimeoutState(when)) {}
Timeout::Timeout(const Timeout&) = default;
Timeout& Timeout::operator=(const Timeout&) = default;
Timeout::~Timeout() = default;

std::optional<double> Timeout::when() const noexcept {
  return state_->when;
}

bool Timeout::expired() const noexcept {
  return state_->state == TimeoutState::State::Expiring ||
         state_->state == TimeoutState::State::Expired;
}

void Timeout::reschedule(std::optional<double> when) {
  TimeoutState& s = *state_;
  if (s.state != TimeoutState::State::Entered) {
    if (s.state == TimeoutState::State::Created) {
      raise_runtime_error("Timeout has not been entered");
    }
    raise_runtime_error(std::string("Cannot change state of ") + detail::state_value(s.state) +
                        " Timeout");
  }
  s.when = when;
  if (s.handler) s.handler->cancel();
  if (!when) {
    s.handler.reset();
    return;
  }
  // Read into a local first: clang 14 at -O2 for wasm reads `*when` wrongly further down
  // (a garbage deadline; native builds and ASan/UBSan are clean).
  const double deadline = *when;
  EventLoop& loop = EventLoop::get_running();
  Callback on_timeout{&TimeoutState::on_timeout, state_, {}};
  if (deadline <= loop.time()) {
    Ref<Handle> handle(new Handle(std::move(on_timeout)));
    loop.call_soon(Callback{&Handle::run_unless_cancelled, handle, {}});
    s.handler = handle;
  } else {
    s.handler = loop.call_at(deadline, std::move(on_timeout));
  }
}

std::string Timeout::repr() const {
  std::ostringstream text;
  text << "<Timeout [" << detail::state_value(state_->state) << "]";
  if (state_->state == TimeoutState::State::Entered) {
    text << " when=";
    if (state_->when) {
      text << std::round(*state_->when * 1000) / 1000;
    } else {
      text << "None";
    }
  }
  text << ">";
  return text.str();
}

void Timeout::enter() {
  TimeoutState& s = *state_;
  if (s.state != TimeoutState::State::Created) {
    raise_runtime_error("Timeout has already been entered");
  }
  TaskBase* task = current_task();
  if (!task) raise_runtime_error("Timeout should be used inside a task");
  s.state = TimeoutState::State::Entered;
  s.task = Ref<TaskBase>(task);
  s.cancelling = task->cancelling();
  reschedule(s.when);
}

Error Timeout::exit(Error in_flight) {
  TimeoutState& s = *state_;
  if (s.handler) {
    s.handler->cancel();
    s.handler.reset();
  }
  if (s.state == TimeoutState::State::Expiring) {
    s.state = TimeoutState::State::Expired;
    if (s.task->uncancel() <= s.cancelling && in_flight && in_flight->is_cancellation()) {
      // No new cancel requests since we entered: this cancellation is ours.
      Error timeout_error = s.task->loop().errors().timeout();
      s.task.reset();
      return timeout_error;
    }
  } else if (s.state == TimeoutState::State::Entered) {
    s.state = TimeoutState::State::Exited;
  }
  s.task.reset();  // the task's frame may hold this timeout: no cycle once the block is left
  return in_flight;
}

Timeout timeout(std::optional<double> delay) {
  EventLoop& loop = EventLoop::get_running();
  return Timeout(delay ? std::optional<double>(loop.time() + *delay) : std::nullopt);
}

}  // namespace aio
