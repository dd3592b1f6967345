#include "aio/future.hpp"

namespace aio {
namespace detail {

void throw_invalid_state(const std::string& message) {
  throw InvalidStateError(message);
}

std::string repr_value(const Unit&) {
  return "None";
}
std::string repr_value(bool v) {
  return v ? "True" : "False";
}
std::string repr_value(const std::string& v) {
  return "'" + v + "'";
}

}  // namespace detail

bool FutureBase::cancel(std::optional<std::string> message) {
  return cancel_future(std::move(message));
}

bool FutureBase::cancel_future(std::optional<std::string> message) {
  log_traceback_ = false;
  if (state_ != State::Pending) return false;
  state_ = State::Cancelled;
  set_cancel_message(std::move(message));
  schedule_callbacks();
  return true;
}

void FutureBase::set_cancel_message(std::optional<std::string> message) {
  if (message) {
    extras().cancel_message = std::move(message);
  } else if (extras_) {
    extras_->cancel_message.reset();
  }
}

const Error& FutureBase::stored_error() const noexcept {
  static const Error none;
  return extras_ ? extras_->error : none;
}

Error FutureBase::make_cancelled_error() {
  if (extras_ && extras_->cancelled_error) {
    Error error = std::move(extras_->cancelled_error);
    extras_->cancelled_error.reset();
    return error;
  }
  return loop_->errors().cancelled(extras_ ? extras_->cancel_message : std::nullopt);
}

Error FutureBase::result_error() {
  if (state_ == State::Cancelled) return make_cancelled_error();
  log_traceback_ = false;
  return stored_error();
}

Error FutureBase::exception() noexcept {
  log_traceback_ = false;
  return stored_error();
}

void FutureBase::set_exception(Error error) {
  if (done()) detail::throw_invalid_state("invalid state");
  set_exception_unchecked(std::move(error));
}

void FutureBase::set_exception_unchecked(Error error) {
  extras().error = std::move(error);
  state_ = State::Finished;
  schedule_callbacks();
  log_traceback_ = true;
}

void FutureBase::finish_with_value() {
  state_ = State::Finished;
  schedule_callbacks();
}

void FutureBase::add_done_callback(RunFn fn, Ref<RefCounted> target) {
  if (done()) {
    loop_->call_soon(Callback{fn, std::move(target), Ref<RefCounted>(this)});
  } else if (!first_callback_.fn) {
    first_callback_ = DoneCallback{fn, std::move(target)};
  } else {
    extras().more_callbacks.push_back(DoneCallback{fn, std::move(target)});
  }
}

namespace {
class DoneFunction final : public RefCounted {
 public:
  explicit DoneFunction(std::function<void(FutureBase&)> f) : function(std::move(f)) {}
  std::function<void(FutureBase&)> function;
};
void run_done_function(RefCounted& target, RefCounted* future) {
  auto function = static_cast<DoneFunction&>(target).function;
  auto& done = static_cast<FutureBase&>(*future);
  run_reporting_exceptions([&] { function(done); });
}
}  // namespace

void FutureBase::add_done_callback(std::function<void(FutureBase&)> callback) {
  add_done_callback(&run_done_function, Ref<RefCounted>(new DoneFunction(std::move(callback))));
}

std::size_t FutureBase::remove_done_callback(RunFn fn, const RefCounted* target) {
  return remove_callbacks(
      [&](const DoneCallback& c) { return c.fn == fn && c.target.get() == target; });
}

std::size_t FutureBase::remove_callbacks(
    const std::function<bool(const DoneCallback&)>& matches) {
  std::vector<DoneCallback> kept;
  std::size_t removed = 0;
  auto sort = [&](DoneCallback& c) {
    if (!c.fn) return;
    if (matches(c)) {
      ++removed;
    } else {
      kept.push_back(std::move(c));
    }
  };
  sort(first_callback_);
  if (extras_) {
    for (DoneCallback& c : extras_->more_callbacks) sort(c);
    extras_->more_callbacks.clear();
  }
  first_callback_ = {};
  for (DoneCallback& c : kept) add_done_callback(c.fn, std::move(c.target));
  return removed;
}

void FutureBase::schedule_callbacks() {
  if (!first_callback_.fn) return;
  DoneCallback first = std::move(first_callback_);
  first_callback_ = {};
  std::vector<DoneCallback> more;
  if (extras_) more.swap(extras_->more_callbacks);
  Ref<RefCounted> self(this);
  loop_->call_soon(Callback{first.fn, std::move(first.target), self});
  for (DoneCallback& c : more) loop_->call_soon(Callback{c.fn, std::move(c.target), self});
}

std::string FutureBase::state_word() const {
  switch (state_) {
    case State::Pending:
      return "pending";
    case State::Finished:
      return "finished";
    case State::Cancelled:
      return "cancelled";
  }
  return "";
}

std::string FutureBase::repr() const {
  std::string text = "<Future " + state_word();
  if (state_ == State::Finished) {
    if (const Error& error = stored_error()) {
      text += " exception=" + error->type_name() + "('" + error->message() + "')";
    } else if (std::string result = describe_result(); !result.empty()) {
      text += " " + result;
    }
  }
  return text + ">";
}

void FutureBase::last_reference_dropped() noexcept {
  if (log_traceback_ && stored_error()) {
    log_traceback_ = false;
    Ref<FutureBase> self(this);  // alive while the handler looks at it
    ExceptionContext context;
    context.message =
        is_task() ? "Task exception was never retrieved" : "Future exception was never retrieved";
    context.error = stored_error();
    context.future = self;
    try {
      loop_->call_exception_handler(context);
    } catch (...) {
      // A failing handler must not take the program down from a release().
    }
    return;  // `self` going out of scope drops the last reference again, now quietly
  }
  delete this;
}

}  // namespace aio
