// Coro<T>: the C++ coroutine type, shaped like a Python coroutine object.
//
// When it starts: lazily. Calling a Coro function runs nothing (initial_suspend always
// suspends), exactly like calling an `async def`.
// Who resumes whom: `co_await some_coro()` from another Coro runs the child inline, in the same
// task — the parent hands control to the child (symmetric transfer from await_suspend), and the
// child's final_suspend hands it back to the parent, so a long chain of awaits never grows the
// native stack. A Task resumes the innermost suspended coroutine of its chain.
// Suspension points: only the runtime's awaitables (futures, tasks, sleep, the combinators);
// each tells the running task what it waits on through detail::ResumeContext and, when resumed,
// raises whatever the task throws into it (cancellation).
#pragma once

#include <exception>
#include <optional>
#include <utility>

#include "aio/compat.hpp"
#include "aio/task.hpp"

namespace aio {

namespace detail {

// What a CoroTask and the awaitables of its running coroutine tell each other.
struct ResumeContext {
  coro::handle<> resume_point;  // the innermost suspended coroutine
  Ref<FutureBase> awaiting;     // what it waits on; null for a bare yield
  Error thrown;                 // raised at the suspension point when resumed
};

// The context of the C++ task running right now (null outside one).
ResumeContext* running_context() noexcept;
ResumeContext* swap_running_context(ResumeContext* context) noexcept;

// Called by every awaitable at suspension; throws if no C++ task is running.
ResumeContext& suspend_here(coro::handle<> handle, Ref<FutureBase> awaiting);
// Called by every awaitable on resumption: raises the error the task throws in, if any.
void raise_if_thrown();

template <class T>
struct PromiseResult {
  std::optional<Stored<T>> value;
  template <class U>
  void return_value(U&& v) {
    value.emplace(std::forward<U>(v));
  }
};
template <>
struct PromiseResult<void> {
  std::optional<Unit> value;
  void return_void() { value.emplace(); }
};

}  // namespace detail

template <class T = void>
class [[nodiscard]] Coro {
 public:
  struct promise_type : detail::PromiseResult<T> {
    coro::handle<> continuation;  // the coroutine awaiting this one; null at a task's root
    std::exception_ptr exception;

    Coro get_return_object() noexcept {
      return Coro(coro::handle<promise_type>::from_promise(*this));
    }
    coro::suspend_always initial_suspend() noexcept { return {}; }
    struct FinalAwaiter {
      bool await_ready() noexcept { return false; }
      coro::handle<> await_suspend(coro::handle<promise_type> self) noexcept {
        coro::handle<> next = self.promise().continuation;
        return next ? next : coro::noop_coroutine();
      }
      void await_resume() noexcept {}
    };
    FinalAwaiter final_suspend() noexcept { return {}; }
    void unhandled_exception() noexcept { exception = std::current_exception(); }
  };
  using value_type = T;

  Coro() = default;
  Coro(Coro&& other) noexcept : handle_(std::exchange(other.handle_, {})) {}
  Coro& operator=(Coro&& other) noexcept {
    if (this != &other) {
      destroy();
      handle_ = std::exchange(other.handle_, {});
    }
    return *this;
  }
  ~Coro() { destroy(); }

  bool valid() const noexcept { return static_cast<bool>(handle_); }
  bool done() const noexcept { return handle_.done(); }
  coro::handle<promise_type> handle() const noexcept { return handle_; }
  void destroy() noexcept {
    if (handle_) std::exchange(handle_, {}).destroy();
  }

  // Awaiting a Coro runs it inline; its result or exception comes back to the awaiter.
  auto operator co_await() && noexcept {
    struct Awaiter {
      coro::handle<promise_type> child;
      bool await_ready() noexcept { return false; }
      coro::handle<> await_suspend(coro::handle<> parent) noexcept {
        child.promise().continuation = parent;
        return child;
      }
      Stored<T> await_resume() {
        promise_type& promise = child.promise();
        if (promise.exception) std::rethrow_exception(promise.exception);
        if constexpr (std::is_void_v<T>) {
          return Unit{};
        } else {
          return std::move(*promise.value);
        }
      }
    };
    return Awaiter{handle_};
  }

 private:
  explicit Coro(coro::handle<promise_type> handle) noexcept : handle_(handle) {}
  coro::handle<promise_type> handle_;
};

// A Task running a C++ Coro.
template <class T>
class CoroTask final : public TaskBase, public ResultSlot<T> {
 public:
  CoroTask(EventLoop& loop, Coro<T> coro, std::optional<std::string> name)
      : TaskBase(loop, std::move(name)), coro_(std::move(coro)) {}

 protected:
  StepResult resume_coroutine(Error thrown) override {
    if (!context_.resume_point) {
      if (thrown) {  // coro.throw() before the first step: the body never runs
        coro_.destroy();
        return {StepStatus::Raised, {}, std::move(thrown)};
      }
      context_.resume_point = coro_.handle();
    }
    context_.thrown = std::move(thrown);
    coro::handle<> resume_point = std::exchange(context_.resume_point, {});
    detail::ResumeContext* outer = detail::swap_running_context(&context_);
    resume_point.resume();
    detail::swap_running_context(outer);

    if (coro_.done()) {
      auto& promise = coro_.handle().promise();
      StepResult result{StepStatus::Returned, {}, {}};
      if (promise.exception) {
        result = {StepStatus::Raised, {}, capture_exception(promise.exception)};
      } else {
        this->value.emplace(std::move(*promise.value));
      }
      coro_.destroy();  // free the frame as soon as the coroutine is over
      return result;
    }
    if (!context_.resume_point) {
      // Something other than the runtime's awaitables suspended the coroutine; it can never
      // be resumed correctly.
      coro_.destroy();
      return {StepStatus::Raised,
              {},
              loop().errors().runtime_error("a task's coroutine awaited an object that is not "
                                            "an aio awaitable")};
    }
    return {StepStatus::Suspended, std::move(context_.awaiting), {}};
  }

  void destroy_coroutine() noexcept override {
    context_ = {};
    coro_.destroy();
  }

  std::string describe_result() const override {
    return this->value ? "result=" + detail::repr_value(*this->value) : std::string();
  }

 private:
  Coro<T> coro_;
  detail::ResumeContext context_;
};

// asyncio.create_task / loop.create_task: wraps the coroutine in a task scheduled to start.
template <class T>
Task<T> create_task(EventLoop& loop, Coro<T> coro, std::optional<std::string> name = {}) {
  return Task<T>(new CoroTask<T>(loop, std::move(coro), std::move(name)));
}
template <class T>
Task<T> create_task(Coro<T> coro, std::optional<std::string> name = {}) {
  return create_task(EventLoop::get_running(), std::move(coro), std::move(name));
}

// Awaiting a future or a task from a C++ coroutine (Future.__await__).
template <class T>
struct FutureAwaiter {
  Future<T> future;
  bool await_ready() const noexcept { return future.done(); }
  void await_suspend(coro::handle<> handle) { detail::suspend_here(handle, future.ref()); }
  Stored<T> await_resume() {
    detail::raise_if_thrown();
    FutureBase& base = future.base();
    if (Error error = base.result_error()) error->rethrow();
    return *future.slot().value;
  }
};

template <class T>
FutureAwaiter<T> operator co_await(const Future<T>& future) {
  return FutureAwaiter<T>{future};
}
template <class T>
FutureAwaiter<T> operator co_await(const Task<T>& task) {
  return FutureAwaiter<T>{task};
}

}  // namespace aio
