// Futures: CPython 3.11's asyncio.Future (futures.py / _asynciomodule.c).
//
// FutureBase holds everything that does not depend on the result type — state, the failure,
// the cancel message, done-callbacks — so the scheduler, Tasks and combinators work on any
// future. A typed ResultSlot<T> beside it holds the value; the Python layer uses T = its
// dynamic value type, so Python futures are these futures.
//
// Done-callbacks are never called inline: completing a future schedules each of them with
// call_soon, in registration order, which is what decides the interleavings users see.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "aio/error.hpp"
#include "aio/loop.hpp"
#include "aio/ref.hpp"

namespace aio {

// The value of a Future<void>.
struct Unit {};
template <class T>
using Stored = std::conditional_t<std::is_void_v<T>, Unit, T>;

class FutureBase : public RefCounted {
 public:
  enum class State : unsigned char { Pending, Finished, Cancelled };

  explicit FutureBase(EventLoop& loop) noexcept : loop_(&loop) {}

  EventLoop& loop() const noexcept { return *loop_; }
  State state() const noexcept { return state_; }
  bool done() const noexcept { return state_ != State::Pending; }
  bool cancelled() const noexcept { return state_ == State::Cancelled; }
  // True when finished with an exception (not cancelled).
  bool failed() const noexcept { return state_ == State::Finished && stored_error(); }

  // Future.cancel(msg): false if already done; otherwise cancels and schedules callbacks.
  virtual bool cancel(std::optional<std::string> message = std::nullopt);

  // What result() would raise, without raising: the CancelledError (see make_cancelled_error),
  // the stored exception, or null when the future has a result. Marks the exception retrieved.
  // Precondition: done().
  Error result_error();
  // Future.exception(): the stored exception or null (the caller checks done()/cancelled()).
  Error exception() noexcept;
  // Future.set_exception. Throws InvalidStateError if already done.
  void set_exception(Error error);
  // The stored exception or null, not marked retrieved (a repr shows it without retrieving it).
  const Error& stored_error() const noexcept;

  // Done-callbacks run as fn(target, this) through call_soon. add_done_callback on a done
  // future schedules the callback at once.
  void add_done_callback(RunFn fn, Ref<RefCounted> target);
  void add_done_callback(std::function<void(FutureBase&)> callback);
  // Removes every callback with this fn and target; returns how many.
  std::size_t remove_done_callback(RunFn fn, const RefCounted* target);
  // Removes every callback with this fn whose target `matches` (Python compares callbacks with
  // ==, so a fresh bound method removes the one added earlier); returns how many. `matches`
  // may run Python code but must not touch this future's callbacks.
  template <class Matches>
  std::size_t remove_done_callback_if(RunFn fn, Matches&& matches) {
    return remove_callbacks([&](const DoneCallback& c) {
      return c.fn == fn && matches(c.target.get());
    });
  }

  // Calls visit(fn, target) for each done-callback, in registration order (repr's cb=[...]).
  template <class Visit>
  void visit_done_callbacks(Visit&& visit) const {
    if (!first_callback_.fn) return;
    visit(first_callback_.fn, first_callback_.target.get());
    if (extras_)
      for (const DoneCallback& c : extras_->more_callbacks) visit(c.fn, c.target.get());
  }

  const std::string* cancel_message() const noexcept {
    return extras_ && extras_->cancel_message ? &*extras_->cancel_message : nullptr;
  }
  // The CancelledError to raise for this cancelled future: the one the task's coroutine raised
  // if there is one (handed over once), else a new one with the cancel message.
  Error make_cancelled_error();

  // repr(): <Future pending>, <Future finished result=...>, <Task pending name='Task-1' ...>.
  virtual std::string repr() const;
  virtual bool is_task() const noexcept { return false; }

  // "Future exception was never retrieved" is reported when the last reference goes unless
  // this is cleared (Future.__log_traceback).
  void mark_exception_retrieved() noexcept { log_traceback_ = false; }

 protected:
  // The typed layer stores the value, then calls this to finish and schedule callbacks.
  void finish_with_value();
  void set_exception_unchecked(Error error);
  // Future.cancel without the Task override.
  bool cancel_future(std::optional<std::string> message);
  void last_reference_dropped() noexcept override;
  // Describes the result for repr: "result=42" ("" when unknown).
  virtual std::string describe_result() const { return {}; }
  std::string state_word() const;

  // What most futures never need, allocated on first use: a future is small because a sleeping
  // task (one per concurrent task) is mostly its future.
  struct DoneCallback {
    RunFn fn = nullptr;
    Ref<RefCounted> target;
  };
  struct Extras {
    Error error;                                // the exception, once failed
    Error cancelled_error;                      // the CancelledError a task's coroutine raised
    std::optional<std::string> cancel_message;  // nullopt means None
    std::vector<DoneCallback> more_callbacks;   // beyond the first
    std::optional<std::string> task_name;       // a task's name when not "Task-<n>"
    Ref<RefCounted> spare_sleep_timer;          // a task's sleep timer when its own is busy
  };
  Extras& extras() {
    if (!extras_) extras_ = std::make_unique<Extras>();
    return *extras_;
  }
  void set_cancel_message(std::optional<std::string> message);
  std::size_t remove_callbacks(const std::function<bool(const DoneCallback&)>& matches);

  // The two flags come first so they share the padding after RefCounted's count.
  bool log_traceback_ = false;

 private:
  State state_ = State::Pending;
  void schedule_callbacks();

  EventLoop* loop_;
  DoneCallback first_callback_;  // most futures have one callback: the waiting task

 protected:
  std::unique_ptr<Extras> extras_;
};

template <class T>
struct ResultSlot {
  std::optional<Stored<T>> value;
};

namespace detail {
[[noreturn]] void throw_invalid_state(const std::string& message);
std::string repr_value(const Unit&);
std::string repr_value(bool v);
std::string repr_value(const std::string& v);
template <class T>
std::string repr_value(const T& v) {
  if constexpr (std::is_arithmetic_v<T>) {
    return std::to_string(v);
  } else {
    return "...";
  }
}
}  // namespace detail

// A plain future (loop.create_future()).
template <class T>
class FutureState final : public FutureBase, public ResultSlot<T> {
 public:
  explicit FutureState(EventLoop& loop) noexcept : FutureBase(loop) {}

  void set_result(Stored<T> value) {
    if (done()) detail::throw_invalid_state("invalid state");
    this->value.emplace(std::move(value));
    finish_with_value();
  }

 protected:
  std::string describe_result() const override {
    return this->value ? "result=" + detail::repr_value(*this->value) : std::string();
  }
};

template <class T>
class Task;

// The handle C++ code holds: a counted reference to a future (or a task, which is one).
template <class T>
class Future {
 public:
  using value_type = T;

  Future() = default;
  // loop.create_future().
  explicit Future(EventLoop& loop) {
    auto* state = new FutureState<T>(loop);
    base_ = Ref<FutureBase>(state);
    slot_ = state;
  }
  // A future on the running loop.
  static Future create() { return Future(EventLoop::get_running()); }
  // The handle of a future object whose class adds a ResultSlot<T> to FutureBase (a task, a
  // gathering future...).
  template <class State>
  static Future adopt(State* state) {
    return Future(Ref<FutureBase>(state), state);
  }

  bool valid() const noexcept { return static_cast<bool>(base_); }
  bool done() const noexcept { return base_->done(); }
  bool cancelled() const noexcept { return base_->cancelled(); }
  bool cancel(std::optional<std::string> message = std::nullopt) const {
    return base_->cancel(std::move(message));
  }

  // Only for futures made with Future(loop); a Task sets its own result.
  template <class U = T>
  void set_result(U&& value) const {
    as_plain().set_result(Stored<T>(std::forward<U>(value)));
  }
  void set_result() const requires std::is_void_v<T> { as_plain().set_result(Unit{}); }
  void set_exception(Error error) const { base_->set_exception(std::move(error)); }
  template <class E>
  void set_exception(E exception) const {
    base_->set_exception(capture_exception(std::make_exception_ptr(std::move(exception))));
  }

  // Future.result(): the value, or throws CancelledError / InvalidStateError / the exception.
  Stored<T> result() const {
    if (!base_->done()) detail::throw_invalid_state("Result is not set.");
    if (Error error = base_->result_error()) error->rethrow();
    return *slot_->value;
  }
  // Future.exception(): null on success; throws CancelledError if cancelled.
  Error exception() const {
    if (base_->cancelled()) base_->make_cancelled_error()->rethrow();
    if (!base_->done()) detail::throw_invalid_state("Exception is not set.");
    return base_->exception();
  }

  void add_done_callback(std::function<void(FutureBase&)> callback) const {
    base_->add_done_callback(std::move(callback));
  }

  FutureBase& base() const noexcept { return *base_; }
  const Ref<FutureBase>& ref() const noexcept { return base_; }
  ResultSlot<T>& slot() const noexcept { return *slot_; }
  std::string repr() const { return base_->repr(); }

  friend bool operator==(const Future& a, const Future& b) noexcept {
    return a.base_.get() == b.base_.get();
  }

 protected:
  template <class>
  friend class Task;
  Future(Ref<FutureBase> base, ResultSlot<T>* slot) : base_(std::move(base)), slot_(slot) {}

 private:
  FutureState<T>& as_plain() const {
    if (base_->is_task()) throw std::runtime_error("Task does not support set_result operation");
    return static_cast<FutureState<T>&>(*base_);
  }

  Ref<FutureBase> base_;
  ResultSlot<T>* slot_ = nullptr;
};

}  // namespace aio
