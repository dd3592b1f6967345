// The asyncio module: the native half (futures, tasks, sleep, run, the loop object), then the
// Python half (asyncio_prelude.py: gather, wait, timeouts, TaskGroup, locks, queues) run in the
// module's namespace. See asyncio.hpp.
#include "modules/asyncio.hpp"

#include <cmath>
#include <span>

#include "compiler/compiler.hpp"
#include "modules/library.hpp"
#include "modules/modules.hpp"
#include "program.hpp"
#include "vm/builtin_types.hpp"
#include "vm/frozen_code.hpp"
#include "vm/runtime_support.hpp"
#include "vm/set_table.hpp"

namespace py {

extern const char kAsyncioPrelude[];  // asyncio_prelude.py, embedded by CMake
constexpr const char* kPreludeFilename = "<frozen asyncio>";

namespace {

thread_local VM* current_vm = nullptr;

using modules::after_self;

// The loop as Python sees it (asyncio.get_running_loop()).
struct LoopObject : Object {
  aio::EventLoop* loop = nullptr;
  bool closed = false;      // loop.close() was called (this face of the program's loop only)
  Value exception_handler;  // set_exception_handler's, or null
};

struct AsyncioState : VM::ModuleState {
  Type* loop_type = nullptr;
  Value loop_object;  // for vm.loop
  // The prelude's gather() and its _GatheringFuture (see asyncio_gather).
  Value python_gather;
  std::uint32_t gathering_future_type = 0;
};

AsyncioState& state(const VM& vm) {
  return modules::module_state<AsyncioState>(vm);
}

aio::Error to_error(const Value& exception) {
  return aio::Error(static_cast<ExceptionObject*>(exception.object()));
}

Value from_error(const aio::Error& error) {
  return Value(static_cast<Object*>(error.get()));
}

bool is_future(VM& vm, const Value& v) {
  if (!v.is_object()) return false;
  Layout layout = vm.type_of(v)->layout;
  return layout == Layout::Future || layout == Layout::Task;
}

bool is_task(VM& vm, const Value& v) {
  return v.is_object() && vm.type_of(v)->layout == Layout::Task;
}

aio::FutureBase& future_of(const Value& v) {
  return *static_cast<aio::FutureBase*>(v.object());
}

TaskObject& task_of(const Value& v) {
  return *static_cast<TaskObject*>(v.object());
}

bool is_coroutine(VM& vm, const Value& v) {
  std::uint32_t tag = vm.type_index(v);
  return tag == kCoroutineType || tag == kSleepType;
}

std::string repr_or_placeholder(VM& vm, const Value& v) {
  std::optional<std::string> text = vm.repr_text(v);
  if (!text) {
    vm.take_exception();
    return "<object repr() failed>";
  }
  return *text;
}

// Calls a function of the asyncio module's Python half (asyncio_prelude.py).
Value call_prelude(VM& vm, const char* name, const CallArgs& args) {
  Value module = vm.import_module(vm.intern("asyncio"));
  Value function = module ? vm.get_attr(module, name) : Value();
  return function ? vm.call(function, args) : Value();
}

// A RuntimeError that holds `coro` as long as it lives: CPython's traceback keeps the frame of
// the call that failed (create_task, asyncio.run), which holds the coroutine, so its "never
// awaited" warning comes when the error goes (after the traceback), not at once. The error's
// StopIteration slot, unused by a RuntimeError, holds it.
Value raise_holding(VM& vm, const char* message, const Value& coro) {
  Value error = vm.new_exception(vm.exc().RuntimeError, {vm.make_str(message)});
  vm.as_exception(error)->value = coro;
  return vm.raise(std::move(error));
}

Value no_running_loop(VM& vm) {
  return vm.raise(vm.exc().RuntimeError, "no running event loop");
}

// ---- Errors the runtime makes, as Python exceptions -------------------------------------------

class PythonErrors final : public aio::ErrorFactory {
 public:
  explicit PythonErrors(VM& vm) : vm_(vm) {}
  aio::Error cancelled(const std::optional<std::string>& message) override {
    std::vector<Value> args;
    if (message) args.push_back(vm_.make_str(*message));
    return make(vm_.exc().CancelledError, std::move(args));
  }
  aio::Error timeout() override { return make(vm_.exc().TimeoutError, {}); }
  aio::Error invalid_state(const std::string& message) override {
    return make(vm_.exc().InvalidStateError, {vm_.make_str(message)});
  }
  aio::Error runtime_error(const std::string& message) override {
    return make(vm_.exc().RuntimeError, {vm_.make_str(message)});
  }
  aio::Error value_error(const std::string& message) override {
    return make(vm_.exc().ValueError, {vm_.make_str(message)});
  }
  aio::Error exception_group(const std::string& message, std::vector<aio::Error> errors) override {
    bool base = false;
    std::vector<Value> items;
    for (const aio::Error& error : errors) {
      base = base || error->kind() != aio::ErrorKind::Other;
      items.push_back(from_error(error));
    }
    Type* type = base ? vm_.exc().BaseExceptionGroup : vm_.exc().ExceptionGroup;
    return make(type, {vm_.make_str(message), vm_.make_list(std::move(items))});
  }

 private:
  aio::Error make(Type* type, std::vector<Value> args) {
    Value exception = vm_.new_exception(type, std::move(args));
    return to_error(exception);
  }
  VM& vm_;
};

// ---- Callbacks into Python
// -----------------------------------------------------------------------

// reprlib.repr(v), as asyncio shows a result or a callback's argument ("[0, 1, 2, 3, 4, 5,
// ...]"). Short scalars, which reprlib leaves as they are, do not need the module.
std::string limited_repr(VM& vm, const Value& v) {
  std::uint32_t tag = vm.type_index(v);
  if (tag == kNoneType || tag == kBoolType || tag == kIntType || tag == kFloatType ||
      tag == kStrType) {
    std::string text = repr_or_placeholder(vm, v);
    if (text.size() <= 30) return text;
  }
  Value module = vm.import_module(vm.intern("reprlib"));
  Value text = module ? vm.call_method(module, "repr", {v}) : Value();
  if (text && vm.is_str(text)) return VM::str_text(text);
  if (vm.has_pending_exception()) vm.take_exception();
  return repr_or_placeholder(vm, v);
}

bool is_functools_partial(VM& vm, const Value& v) {
  const auto& mro = vm.type_of(v)->mro;
  return std::any_of(mro.begin(), mro.end(), [](const Type* t) {
    return t->name == "partial" && t->module == "functools";
  });
}

// format_helpers._format_callback_source: "on_done(<Future finished result=1>) at prog.py:3":
// a functools.partial shown as its function with its arguments, then the call's; every argument
// through reprlib.repr; the place where the Python function (unwrapped through __wrapped__) was
// defined.
std::string describe_callback(VM& vm, const Value& fn, std::span<const Value> args) {
  auto arguments = [&](const std::vector<Value>& positional, const Value& keywords) {
    std::string text;
    for (const Value& v : positional) text += (text.empty() ? "" : ", ") + limited_repr(vm, v);
    if (keywords && vm.type_index(keywords) == kDictType) {
      for (const DictEntry& entry : keywords.as<Dict>()->entries) {
        if (!entry.key || !vm.is_str(entry.key)) continue;
        text += (text.empty() ? "" : ", ") + VM::str_text(entry.key) + "=" +
                limited_repr(vm, entry.value);
      }
    }
    return "(" + text + ")";
  };
  Value function = fn;
  std::vector<Value> positional(args.begin(), args.end());
  Value keywords;
  std::string suffix;
  for (int depth = 0; depth < 100 && is_functools_partial(vm, function); ++depth) {
    Value inner = vm.get_attr_opt(function, vm.intern("func"));
    Value inner_args = vm.get_attr_opt(function, vm.intern("args"));
    if (!inner || !inner_args || vm.type_index(inner_args) != kTupleType) break;
    suffix = arguments(positional, keywords) + suffix;
    positional = inner_args.as<Tuple>()->items;
    keywords = vm.get_attr_opt(function, vm.intern("keywords"));
    function = inner;
  }
  if (vm.has_pending_exception()) vm.take_exception();
  Value name = vm.get_attr_opt(function, vm.intern("__qualname__"));
  std::string text;
  if (name && vm.is_str(name) && !VM::str_text(name).empty()) {
    text = VM::str_text(name);
  } else {
    if (vm.has_pending_exception()) vm.take_exception();
    text = repr_or_placeholder(vm, function);
  }
  text += arguments(positional, keywords) + suffix;
  for (int depth = 0; depth < 100; ++depth) {  // inspect.unwrap
    Value wrapped = vm.get_attr_opt(function, vm.intern("__wrapped__"));
    if (!wrapped) break;
    function = wrapped;
  }
  if (vm.has_pending_exception()) vm.take_exception();
  if (vm.type_index(function) == kFunctionType) {
    const Code& code = *function.as<Function>()->code;
    if (code.source) text += " at " + code.source->filename + ":" + std::to_string(code.first_line);
  }
  return text;
}

// contextvars: the context a task or callback made now runs in. `given` (a context= argument),
// else a copy of the current one once contextvars is imported, else none (null: nothing to
// switch, and nothing to pay for programs that do not use it).
Value capture_context(VM& vm, const Value& given) {
  if (!given && !vm.context_copier) [[likely]]
    return Value();
  if (given && !vm.is_none(given)) return given;
  if (!vm.context_copier) return Value();
  Value copy = vm.call(vm.context_copier, {});
  if (!copy) vm.take_exception();
  return copy;
}

// Makes `context` (when there is one) current for a task step or a callback: the two slots
// trade values and trade back at the end, so `context` holds the outer context meanwhile. A
// step without a context pays one test on entry and one on exit.
class ContextScope {
 public:
  ContextScope(VM& vm, Value& context) {
    if (context) [[unlikely]] {
      std::swap(vm.current_context, context);
      current_ = &vm.current_context;
      saved_ = &context;
    }
  }
  ~ContextScope() {
    if (current_) [[unlikely]]
      std::swap(*current_, *saved_);
  }
  ContextScope(const ContextScope&) = delete;
  ContextScope& operator=(const ContextScope&) = delete;

 private:
  Value* current_ = nullptr;
  Value* saved_ = nullptr;
};

// A callback of call_soon/call_later/call_at: the target of its handle's Callback, so that the
// handle's repr and an error report can name what it calls. Also a done-callback made in a
// context (add_done_callback).
class PythonCall final : public aio::RefCounted {
 public:
  PythonCall(Value fn, std::vector<Value> args, Value context)
      : fn(std::move(fn)), args(std::move(args)), context(std::move(context)) {}
  static void run(aio::RefCounted& call, aio::RefCounted* unused);
  Value fn;
  std::vector<Value> args;
  Value context;                        // contextvars' Context it runs in, or null
  const aio::Handle* handle = nullptr;  // the handle that owns this call
};

// The Callback of a handle that calls fn(*fn_args); `call` receives its target.
aio::Callback python_callback(Value fn, std::vector<Value> fn_args, Value context,
                              PythonCall*& call) {
  call = new PythonCall(std::move(fn), std::move(fn_args), std::move(context));
  return aio::Callback{&PythonCall::run, aio::Ref<aio::RefCounted>(call), {}};
}

Value handle_value(const aio::Ref<aio::Handle>& handle, std::uint32_t tag, PythonCall* call) {
  handle->set_user_tag(tag);
  call->handle = handle.get();
  return Value(static_cast<Object*>(handle.get()));
}

// <Handle on_done() at prog.py:3>, <TimerHandle when=2.0 print('hi')>, <Handle cancelled>.
std::string describe_handle(VM& vm, const aio::Handle& handle) {
  bool timer = handle.user_tag() == kTimerHandleType;
  std::string text = timer ? "<TimerHandle" : "<Handle";
  if (handle.cancelled()) text += " cancelled";
  if (timer) {
    double when = static_cast<const aio::TimerHandle&>(handle).when();
    text += " when=" + repr_or_placeholder(vm, vm.make_float(when));
  }
  // Handle.cancel() drops the callback; a None callback is not shown either.
  if (const auto* call = static_cast<const PythonCall*>(handle.callback().target.get());
      call && !vm.is_none(call->fn)) {
    text += " " + describe_callback(vm, call->fn, call->args);
  }
  return text + ">";
}

// Calls fn(*args) as the loop calls a callback: an exception goes to the exception handler,
// with the handle that ran it (a done-callback runs from a Handle of its own in CPython).
void call_reporting(VM& vm, const Value& fn, std::span<const Value> args,
                    const aio::Handle* handle) {
  Value result = vm.call(fn, CallArgs{args.data(), static_cast<std::uint32_t>(args.size())});
  if (result) return;
  Value exception = vm.take_exception();
  if (vm.is_instance(exception, vm.exc().KeyboardInterrupt) ||
      vm.is_instance(exception, vm.exc().SystemExit)) {
    // Like CPython's Handle._run, these escape the loop: the program ends with them.
    vm.restore_exception(exception);
    vm.loop->pause();
    return;
  }
  aio::Ref<aio::Handle> done_callback_handle;  // made for the report: it is never scheduled
  if (!handle) {
    PythonCall* call;
    done_callback_handle =
        new aio::Handle(python_callback(fn, {args.begin(), args.end()}, Value(), call));
    handle_value(done_callback_handle, kHandleType, call);
    handle = done_callback_handle.get();
  }
  report_loop_error(
      vm, "Exception in callback " + describe_callback(vm, fn, args),
      exception, nullptr, handle);
}

void PythonCall::run(aio::RefCounted& target, aio::RefCounted*) {
  auto& call = static_cast<PythonCall&>(target);
  ContextScope scope(*current_vm, call.context);
  call_reporting(*current_vm, call.fn, call.args, call.handle);
}

void run_done_callback(aio::RefCounted& fn, aio::RefCounted* future) {
  const Value argument(future);
  call_reporting(*current_vm, Value(&fn), {&argument, 1}, nullptr);
}

// A done-callback with a context: a PythonCall of fn.
void run_done_call(aio::RefCounted& target, aio::RefCounted* future) {
  auto& call = static_cast<PythonCall&>(target);
  ContextScope scope(*current_vm, call.context);
  const Value argument(future);
  call_reporting(*current_vm, call.fn, {&argument, 1}, nullptr);
}

// ---- Futures
// ---------------------------------------------------------------------------------------

// Future.result() semantics: the value, or raises (cancelled, pending, failed).
Value future_result(VM& vm, aio::FutureBase& future) {
  if (future.cancelled()) return vm.raise(from_error(future.make_cancelled_error()));
  if (!future.done()) return vm.raise(vm.exc().InvalidStateError, "Result is not set.");
  if (aio::Error error = future.result_error()) return vm.raise(from_error(error));
  Value value = future_result_value(future);
  return value ? value : vm.none();
}

// Future.__new__ takes any arguments (a subclass's __init__ has its own); __init__ checks them.
Value future_new(VM& vm, CallArgs args) {
  Type* cls = args[0].as<Type>();
  if (!vm.loop) return no_running_loop(vm);
  auto* future = new FutureObject(*vm.loop);
  future->set_user_tag(cls->index);
  return Value(future);
}

Value future_init(VM& vm, CallArgs args) {
  Value loop;
  if (!bind_clinic_args(vm, after_self(args), "Future", {"loop"}, 0, 0, 0, &loop)) return {};
  return vm.none();
}

Value future_result_method(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "result", 0, 0)) return {};
  return future_result(vm, future_of(args[0]));
}

Value future_exception_method(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "exception", 0, 0)) return {};
  aio::FutureBase& future = future_of(args[0]);
  if (future.cancelled()) return vm.raise(from_error(future.make_cancelled_error()));
  if (!future.done()) return vm.raise(vm.exc().InvalidStateError, "Exception is not set.");
  future.mark_exception_retrieved();
  aio::Error error = future.exception();
  return error ? from_error(error) : vm.none();
}

Value future_done(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "done", 0, 0)) return {};
  return vm.boolean(future_of(args[0]).done());
}

Value future_cancelled(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "cancelled", 0, 0)) return {};
  return vm.boolean(future_of(args[0]).cancelled());
}

Value future_cancel(VM& vm, CallArgs args) {
  Value msg;
  if (!bind_clinic_args(vm, after_self(args), "cancel", {"msg"}, 0, 1, 0, &msg)) return {};
  std::optional<std::string> message;
  if (msg && !vm.is_none(msg)) {
    std::optional<std::string> text = vm.str_text_of(msg);
    if (!text) return {};
    message = std::move(*text);
  }
  // Not virtual: a subclass overriding cancel() calls this through super().
  aio::FutureBase& future = future_of(args[0]);
  bool cancelled = future.is_task()
                       ? static_cast<aio::TaskBase&>(future).TaskBase::cancel(std::move(message))
                       : future.FutureBase::cancel(std::move(message));
  return vm.boolean(cancelled);
}

Value future_add_done_callback(VM& vm, CallArgs args) {
  Value bound[2];
  if (!bind_clinic_args(vm, after_self(args), "add_done_callback", {"fn", "context"}, 1, 1, 1,
                        bound))
    return {};
  if (!bound[0].is_object()) return vm.type_error("'int' object is not callable");
  if (Value context = capture_context(vm, bound[1])) {
    future_of(args[0]).add_done_callback(
        &run_done_call, aio::Ref<aio::RefCounted>(new PythonCall(bound[0], {}, context)));
  } else {
    future_of(args[0]).add_done_callback(&run_done_callback,
                                         aio::Ref<aio::RefCounted>(bound[0].object()));
  }
  return vm.none();
}

Value future_remove_done_callback(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "remove_done_callback", 1, 1)) return {};
  const Value& fn = args[1];
  bool failed = false;
  auto same_fn = [&](const Value& target) {
    if (failed) return false;
    int equal = vm.equal(target, fn);
    if (equal < 0) failed = true;
    return equal == 1;
  };
  aio::FutureBase& future = future_of(args[0]);
  std::size_t removed =
      future.remove_done_callback_if(&run_done_callback, [&](const aio::RefCounted* target) {
        return same_fn(Value(const_cast<aio::RefCounted*>(target)));
      });
  removed += future.remove_done_callback_if(&run_done_call, [&](const aio::RefCounted* target) {
    return same_fn(static_cast<const PythonCall*>(target)->fn);
  });
  if (failed) return {};
  return vm.make_int(static_cast<std::int64_t>(removed));
}

Value future_set_result(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "set_result", 1, 1)) return {};
  if (is_task(vm, args[0]))
    return vm.raise(vm.exc().RuntimeError, "Task does not support set_result operation");
  auto& future = static_cast<FutureObject&>(future_of(args[0]));
  if (future.done()) return vm.raise(vm.exc().InvalidStateError, "invalid state");
  future.set_result(args[1]);
  return vm.none();
}

Value future_set_exception(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "set_exception", 1, 1)) return {};
  if (is_task(vm, args[0]))
    return vm.raise(vm.exc().RuntimeError, "Task does not support set_exception operation");
  aio::FutureBase& future = future_of(args[0]);
  if (future.done()) return vm.raise(vm.exc().InvalidStateError, "invalid state");
  Value exception = args[1];
  if (vm.is_class(exception) && exception.as<Type>()->is_exception) {
    exception = vm.call(exception, {});
    if (!exception) return {};
  }
  if (!vm.as_exception(exception)) return vm.type_error("exception must be a BaseException");
  if (vm.is_instance(exception, vm.exc().StopIteration))
    return vm.type_error(
        "StopIteration interacts badly with generators and cannot be raised into a Future");
  future.set_exception(to_error(exception));
  return vm.none();
}

Value future_get_loop(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "get_loop", 0, 0)) return {};
  return state(vm).loop_object;
}

// " result=42", " exception=ValueError('bad')" or "" (base_futures._future_repr_info).
std::string describe_outcome(VM& vm, aio::FutureBase& future) {
  if (future.state() != aio::FutureBase::State::Finished) return {};
  if (const aio::Error& error = future.stored_error())
    return " exception=" + repr_or_placeholder(vm, from_error(error));
  Value value = future_result_value(future);
  return " result=" + limited_repr(vm, value ? value : vm.none());
}

void gather_child_done(aio::RefCounted& target, aio::RefCounted* finished);

// What a native gather's done-callback shows in a repr: the _done_callback closure it stands
// for, where the prelude's gather() defines it ("gather.<locals>._done_callback() at <frozen
// asyncio>:492"), read from that function's code when a repr asks.
std::string gather_callback_place(VM& vm) {
  for (const Value& constant : state(vm).python_gather.as<Function>()->code->constants) {
    if (vm.type_index(constant) != kCodeType) continue;
    const Code& code = *constant.as<CodeObject>()->code;
    if (code.name == "_done_callback")
      return code.qualname + "() at " + code.source->filename + ":" +
             std::to_string(code.first_line);
  }
  return "gather.<locals>._done_callback()";
}

// " cb=[on_done() at prog.py:3, <1 more>, Task.task_wakeup()]" or "" (_format_callbacks).
// The runtime's own callbacks other than a task's wakeup are CPython's internals, not shown.
std::string describe_callbacks(VM& vm, const aio::FutureBase& future) {
  std::vector<std::string> names;
  future.visit_done_callbacks([&](aio::RunFn fn, aio::RefCounted* target) {
    if (fn == &run_done_callback) {
      names.push_back(describe_callback(vm, Value(target), {}));
    } else if (fn == &gather_child_done) {
      names.push_back(gather_callback_place(vm));
    } else if (aio::TaskBase::is_wakeup(fn)) {
      names.push_back("Task.task_wakeup()");
    }
  });
  if (names.empty()) return {};
  std::string text = names.front();
  if (names.size() == 2) text += ", " + names.back();
  if (names.size() > 2)
    text += ", <" + std::to_string(names.size() - 2) + " more>, " + names.back();
  return " cb=[" + text + "]";
}

std::string state_word(const aio::FutureBase& future) {
  switch (future.state()) {
    case aio::FutureBase::State::Pending:
      return "pending";
    case aio::FutureBase::State::Cancelled:
      return "cancelled";
    default:
      return "finished";
  }
}

std::string future_repr_text(VM& vm, const Value& v) {
  aio::FutureBase& future = future_of(v);
  return "<" + vm.type_of(v)->name + " " + state_word(future) + describe_outcome(vm, future) +
         describe_callbacks(vm, future) + ">";
}

// base_tasks._task_repr_info: state, name, coro, wait_for, outcome, callbacks.
Value future_repr(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "__repr__", 0, 0)) return {};
  const Value& self = args[0];
  if (!is_task(vm, self)) return vm.make_str(future_repr_text(vm, self));
  TaskObject& task = task_of(self);
  std::string state = task.cancelling() && !task.done() ? "cancelling" : state_word(task);
  std::string text = "<" + vm.type_of(self)->name + " " + state;
  text += " name=" + repr_or_placeholder(vm, vm.make_str(task.name()));
  text += " " + task.describe_coroutine_text();
  if (aio::FutureBase* waiter = task.waiting_on()) {
    text += " wait_for=" + repr_or_placeholder(vm, Value(static_cast<Object*>(waiter)));
  } else if (const char* sleep = task.sleep_future_state()) {
    // The future tasks.sleep would wait on, whose callback is the wakeup until it is done (its
    // result, sleep()'s second argument, is not kept here: shown as None).
    std::string_view sleep_state = sleep;
    text += " wait_for=<Future " + std::string(sleep_state);
    if (sleep_state == "pending") text += " cb=[Task.task_wakeup()]";
    if (sleep_state == "finished") text += " result=None";
    text += ">";
  }
  text += describe_outcome(vm, task) + describe_callbacks(vm, task);
  return vm.make_str(text + ">");
}

// ---- Tasks
// -------------------------------------------------------------------------------------------

// Task(coro, *, loop=None, name=None, context=None)'s arguments, for __new__ and __init__.
bool bind_task_args(VM& vm, const CallArgs& args, Value (&bound)[4]) {
  return bind_clinic_args(vm, after_self(args), "Task", {"coro", "loop", "name", "context"}, 0, 1,
                          1, bound);
}

Value task_new(VM& vm, CallArgs args) {
  Type* cls = args[0].as<Type>();
  Value bound[4];
  if (!bind_task_args(vm, args, bound)) return {};
  if (!is_coroutine(vm, bound[0]))
    return vm.type_error("a coroutine was expected, got " + repr_or_placeholder(vm, bound[0]));
  std::optional<std::string> name;
  if (bound[2] && !vm.is_none(bound[2])) {
    std::optional<std::string> text = vm.str_text_of(bound[2]);
    if (!text) return {};
    name = std::move(*text);
  }
  if (!vm.loop) return no_running_loop(vm);
  Value task = new_task(vm, bound[0], std::move(name), bound[3]);
  task.object()->set_user_tag(cls->index);
  return task;
}

// Task.__init__: __new__ made the task from the same arguments; this only checks them, so that a
// Python subclass, whose construction calls __init__, does not reach Future's.
Value task_init(VM& vm, CallArgs args) {
  Value bound[4];
  if (!bind_task_args(vm, args, bound)) return {};
  return vm.none();
}

// Future._cancel_message: the message of the cancel() that cancelled it (asyncio's gather reads
// it for the CancelledError it makes).
Value future_cancel_message(VM& vm, CallArgs args) {
  const std::string* message = future_of(args[0]).cancel_message();
  return message ? vm.make_str(*message) : vm.none();
}

// Future._state, which tutorials print: 'PENDING', 'CANCELLED' or 'FINISHED'.
Value future_state(VM& vm, CallArgs args) {
  std::string word = state_word(future_of(args[0]));
  for (char& c : word) c = static_cast<char>(c - 'a' + 'A');
  return vm.make_str(word);
}

// Task._log_destroy_pending: gather() clears it on the tasks it makes from coroutines. Any value
// sets it by its truth, as in CPython's C Task.
Value task_log_destroy_pending(VM& vm, CallArgs args) {
  return vm.boolean(task_of(args[0]).reports_destroyed_pending);
}

Value task_set_log_destroy_pending(VM& vm, CallArgs args) {
  int truth = vm.truthy(args[1]);
  if (truth < 0) return {};
  task_of(args[0]).reports_destroyed_pending = truth == 1;
  return vm.none();
}

Value task_get_name(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "get_name", 0, 0)) return {};
  return vm.make_str(task_of(args[0]).name());
}

Value task_set_name(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "set_name", 1, 1)) return {};
  std::optional<std::string> text = vm.str_text_of(args[1]);
  if (!text) return {};
  task_of(args[0]).set_name(std::move(*text));
  return vm.none();
}

Value task_get_coro(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "get_coro", 0, 0)) return {};
  return task_of(args[0]).coro;
}

Value task_cancelling(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "cancelling", 0, 0)) return {};
  return vm.make_int(task_of(args[0]).cancelling());
}

Value task_uncancel(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "uncancel", 0, 0)) return {};
  return vm.make_int(task_of(args[0]).uncancel());
}

// ---- sleep
// ------------------------------------------------------------------------------------------

Value asyncio_sleep(VM& vm, CallArgs args) {
  Value bound[2];
  // sleep is a Python function in CPython: its argument errors read as a def's do.
  if (args.nargs > 2)
    return vm.type_error("sleep() takes from 1 to 2 positional arguments but " +
                         std::to_string(args.nargs) + " were given");
  if (!bind_args(vm, args, "sleep", {"delay", "result"}, 0, bound)) return {};
  if (!bound[0]) return vm.type_error("sleep() missing 1 required positional argument: 'delay'");
  double delay = 0;
  bool bad_delay = false;
  if (!vm.to_double(bound[0], delay, false)) {
    Value zero = Value::small(0);
    Value compare = vm.rich_compare(bound[0], zero, kLe);  // CPython's `if delay <= 0`
    if (compare)
      vm.type_error("'<=' not supported between instances of '" +
                    std::string(vm.type_name(bound[0])) + "' and 'int'");
    bad_delay = true;
  } else if (std::isnan(delay)) {
    // CPython 3.11 has no NaN check (3.12 raises ValueError): `delay <= 0` is false, and a timer
    // at NaN is due at once, so the task goes on at the loop's next iteration, as after sleep(0).
    delay = 0;
  }
  auto* sleep = new SleepObject();
  sleep->set_user_tag(kSleepType);
  sleep->delay = delay;
  sleep->result = bound[1] ? bound[1] : vm.none();
  if (bad_delay) sleep->error = vm.take_exception();
  return Value(sleep);
}

// ---- Module functions
// ------------------------------------------------------------------------------

Value make_loop_object(VM& vm) {
  auto* loop = new LoopObject();
  loop->set_user_tag(state(vm).loop_type->index);
  loop->loop = vm.loop;
  return Value(loop);
}

bool loop_running(VM& vm) {
  return vm.loop && aio::EventLoop::running() == vm.loop;
}

// Asks the host to run the loop until `task` is done (null: until loop.stop()), then asyncio.run's
// shutdown with `shutdown`: the native returns the null Value this gives, and its frames wait.
Value request_loop_run(Interpreter& interpreter, Value task, bool shutdown) {
  interpreter.host_request.kind = HostRequest::Kind::RunUntilComplete;
  interpreter.host_request.task = std::move(task);
  interpreter.host_request.shutdown = shutdown;
  return Value();
}

// BaseEventLoop's _check_closed and _check_running, which run_forever() and
// run_until_complete() start with; false: raised.
bool loop_can_run(VM& vm, const Value& loop) {
  if (loop.as<LoopObject>()->closed) {
    vm.raise(vm.exc().RuntimeError, "Event loop is closed");
    return false;
  }
  if (loop_running(vm)) {
    vm.raise(vm.exc().RuntimeError, "This event loop is already running");
    return false;
  }
  return true;
}

Value asyncio_run(VM& vm, CallArgs args) {
  Value bound[2];
  if (!bind_args(vm, args, "run", {"main", "debug"}, 1, bound, 1)) return {};
  if (loop_running(vm))
    return raise_holding(vm, "asyncio.run() cannot be called from a running event loop", bound[0]);
  if (!is_coroutine(vm, bound[0]))
    return vm.value_error("a coroutine was expected, got " + repr_or_placeholder(vm, bound[0]));
  Interpreter& interpreter = vm.interpreter();
  if (!vm.loop || !interpreter.can_suspend())
    return vm.raise(vm.exc().RuntimeError,
                    "asyncio.run() cannot be called here: a Python function called from native "
                    "code (a sort key, __repr__...) cannot wait for the event loop");
  // Each asyncio.run() has a loop of its own in CPython; here the one loop of the program gets
  // a new face, so objects bound to the previous run's loop (a Lock) notice the change.
  state(vm).loop_object = make_loop_object(vm);
  return request_loop_run(interpreter, new_task(vm, bound[0]), true);
}

Value loop_run_until_complete(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "run_until_complete", 1, 1) || !loop_can_run(vm, args[0]))
    return {};
  Value future = args[1];
  if (is_coroutine(vm, future)) {
    future = new_task(vm, future);
  } else if (!is_future(vm, future)) {
    return vm.type_error("An asyncio.Future, a coroutine or an awaitable is required");
  }
  Interpreter& interpreter = vm.interpreter();
  if (!interpreter.can_suspend())
    return vm.raise(vm.exc().RuntimeError, "run_until_complete() cannot be called here");
  return request_loop_run(interpreter, std::move(future), false);
}

// loop.run_forever(): the loop runs until loop.stop(). A null task in the request: no future
// ends it.
Value loop_run_forever(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "run_forever", 0, 0) || !loop_can_run(vm, args[0])) return {};
  Interpreter& interpreter = vm.interpreter();
  if (!interpreter.can_suspend())
    return vm.raise(vm.exc().RuntimeError, "run_forever() cannot be called here");
  return request_loop_run(interpreter, Value(), false);
}

// loop.stop(): the loop stops once the iteration running ends (or after one iteration, when it
// is not running yet).
Value loop_stop(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "stop", 0, 0)) return {};
  args[0].as<LoopObject>()->loop->stop();
  return vm.none();
}

// _shutdown_loop(): asyncio.Runner.close()'s epilogue, which is asyncio.run's: the tasks left
// are cancelled and run until done, then the async generators still alive are closed.
Value asyncio_shutdown_loop(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "_shutdown_loop", 0, 0)) return {};
  Interpreter& interpreter = vm.interpreter();
  if (!vm.loop || loop_running(vm) || !interpreter.can_suspend())
    return vm.raise(vm.exc().RuntimeError, "the event loop cannot be shut down here");
  auto* done = new FutureObject(*vm.loop);
  done->set_user_tag(kFutureType);
  done->set_result(vm.none());
  return request_loop_run(interpreter, Value(static_cast<Object*>(done)), true);
}

// _contextvars: which Context is current (contextvars.py keeps the rest).
Value contextvars_get_context(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "get_context", 0, 0)) return {};
  return vm.current_context ? vm.current_context : vm.none();
}

Value contextvars_set_context(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "set_context", 1, 1)) return {};
  vm.current_context = vm.is_none(args[0]) ? Value() : args[0];
  return vm.none();
}

// enable(copy_context): from now on tasks and callbacks capture the context they are made in.
Value contextvars_enable(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "enable", 1, 1)) return {};
  vm.context_copier = args[0];
  return vm.none();
}

Value asyncio_create_task(VM& vm, CallArgs args) {
  Value bound[3];
  if (!bind_args(vm, args, "create_task", {"coro", "name", "context"}, 1, bound, 1)) return {};
  if (!loop_running(vm)) return raise_holding(vm, "no running event loop", bound[0]);
  if (!is_coroutine(vm, bound[0]))
    return vm.type_error("a coroutine was expected, got " + repr_or_placeholder(vm, bound[0]));
  // As in 3.11's tasks.create_task: the task is made unnamed (taking a number), then renamed.
  Value task = new_task(vm, bound[0], std::nullopt, bound[2]);
  if (bound[1] && !vm.is_none(bound[1])) {
    std::optional<std::string> text = vm.str_text_of(bound[1]);
    if (!text) return {};
    task_of(task).set_name(std::move(*text));
  }
  return task;
}

Value asyncio_get_running_loop(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "get_running_loop", 0, 0)) return {};
  if (!loop_running(vm) || in_green_thread(vm)) return no_running_loop(vm);
  return state(vm).loop_object;
}

Value asyncio_get_running_loop_or_none(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "_get_running_loop", 0, 0)) return {};
  if (!loop_running(vm) || in_green_thread(vm)) return vm.none();
  return state(vm).loop_object;
}

Value asyncio_get_event_loop(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "get_event_loop", 0, 0)) return {};
  if (!vm.loop) return no_running_loop(vm);
  if (in_green_thread(vm)) {
    return vm.raise(vm.exc().RuntimeError, "There is no current event loop in thread 'asyncio_0'.");
  }
  return state(vm).loop_object;
}

// new_event_loop() outside a running loop: the program's one loop under a new face, as
// asyncio.run() makes; None inside one (the prelude then makes a loop that cannot run).
Value asyncio_new_loop_face(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "_new_loop_face", 0, 0)) return {};
  if (!vm.loop || loop_running(vm)) return vm.none();
  state(vm).loop_object = make_loop_object(vm);
  return state(vm).loop_object;
}

Value asyncio_current_task(VM& vm, CallArgs args) {
  Value loop;
  if (!bind_clinic_args(vm, args, "current_task", {"loop"}, 0, 1, 0, &loop)) return {};
  if ((!loop || vm.is_none(loop)) && !loop_running(vm)) return no_running_loop(vm);
  aio::TaskBase* task = vm.loop ? vm.loop->current_task() : nullptr;
  if (!task) return vm.none();
  return Value(static_cast<Object*>(task));
}

Value asyncio_all_tasks(VM& vm, CallArgs args) {
  Value loop;
  if (!bind_args(vm, args, "all_tasks", {"loop"}, 0, &loop)) return {};
  if ((!loop || vm.is_none(loop)) && !loop_running(vm)) return no_running_loop(vm);
  Value set = vm.make_set();
  for (const aio::Ref<aio::TaskBase>& task : vm.loop->all_tasks()) {
    if (static_cast<TaskObject*>(task.get())->is_thread) continue;
    if (!settable_add(vm, set.as<SetObject>()->table, Value(static_cast<Object*>(task.get()))))
      return {};
  }
  return set;
}

// _start_thread(coro): runs coro as a green thread (the prelude's run_in_executor): a task
// without a task name, whose time.sleep calls suspend only itself.
Value asyncio_start_thread(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "_start_thread", 1, 1)) return {};
  if (!loop_running(vm)) return no_running_loop(vm);
  Value task = new_task(vm, args[0], std::string("asyncio_thread"));
  static_cast<TaskObject*>(task.object())->is_thread = true;
  return task;
}

Value asyncio_iscoroutine(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "iscoroutine", 1, 1)) return {};
  return vm.boolean(is_coroutine(vm, args[0]));
}

Value asyncio_iscoroutinefunction(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "iscoroutinefunction", 1, 1)) return {};
  Value f = args[0];
  if (vm.type_index(f) == kMethodType) f = f.as<BoundMethod>()->function;
  return vm.boolean(vm.type_index(f) == kFunctionType &&
                    (f.as<Function>()->code->flags & kCoroutine));
}

Value asyncio_isfuture(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "isfuture", 1, 1)) return {};
  return vm.boolean(is_future(vm, args[0]));
}

// ---- gather ---------------------------------------------------------------------------------
//
// CPython's gather() (tasks.py) is Python: a loop over the arguments that makes tasks and adds a
// done-callback to each child, and a closure, _done_callback, that counts the children as they
// finish and completes the outer future with their results. The prelude keeps that code as
// it is; this native gather does the same steps for the usual arguments (coroutines and the
// engine's own futures and tasks, on the running loop), in the same order, with a native
// done-callback: a gather of 10 000 tasks spent more than half of its run in those two loops.
// Anything else (no arguments, other keywords, futures of another loop or of a user subclass,
// awaitables that are not coroutines, no running loop) goes to the prelude's gather, whose
// errors and warnings are CPython's.

// The _done_callback closure's variables, shared by the callbacks of one gather's children.
struct GatherState final : aio::RefCounted {
  std::vector<Value> children;  // one per argument, a repeated argument's future repeated
  Value outer;                  // the _GatheringFuture
  std::size_t nfuts = 0;        // distinct children
  std::size_t nfinished = 0;
  bool return_exceptions = false;
};

// _done_callback(fut), step for step.
void gather_child_done(aio::RefCounted& target, aio::RefCounted* finished) {
  VM& vm = *current_vm;
  auto& gather = static_cast<GatherState&>(target);
  auto& fut = *static_cast<aio::FutureBase*>(finished);
  ++gather.nfinished;
  // No outer future: making it failed (out of memory), and gather() raised.
  if (!gather.outer || future_of(gather.outer).done()) {
    if (!fut.cancelled()) fut.mark_exception_retrieved();  // fut.exception()
    return;
  }
  auto& outer = static_cast<FutureObject&>(future_of(gather.outer));
  if (!gather.return_exceptions) {
    if (fut.cancelled()) {
      outer.set_exception(fut.make_cancelled_error());
      return;
    }
    fut.mark_exception_retrieved();
    if (aio::Error error = fut.exception()) {
      outer.set_exception(std::move(error));
      return;
    }
  }
  if (gather.nfinished != gather.nfuts) return;
  std::vector<Value> results;
  results.reserve(gather.children.size());
  for (const Value& child_value : gather.children) {
    aio::FutureBase& child = future_of(child_value);
    if (child.cancelled()) {
      const std::string* message = child.cancel_message();
      results.push_back(vm.new_exception(vm.exc().CancelledError,
                                         {vm.make_str(message ? *message : std::string())}));
      continue;
    }
    child.mark_exception_retrieved();
    if (aio::Error error = child.exception()) {
      results.push_back(from_error(error));
    } else {
      Value value = future_result_value(child);
      results.push_back(value ? std::move(value) : vm.none());
    }
  }
  Value requested = vm.get_attr_opt(gather.outer, vm.intern("_cancel_requested"));
  const int cancel_requested = requested ? vm.truthy(requested) : 0;
  if (vm.has_pending_exception()) vm.take_exception();
  if (cancel_requested == 1) {
    // A cancelled gather() ends cancelled whatever return_exceptions says, with the error of
    // the last child (CPython's loop variable), made as for a cancelled one even when it was
    // not (a task that caught its cancellation still has the message it was cancelled with).
    outer.set_exception(future_of(gather.children.back()).make_cancelled_error());
  } else {
    outer.set_result(vm.make_list(std::move(results)));
  }
}

// Whether gather() can take `arg` as it is: a future or task of the running loop whose methods
// are the engine's (a user subclass may override the ones gather calls).
bool plain_future(VM& vm, const Value& arg) {
  std::uint32_t tag = vm.type_index(arg);
  return tag == kFutureType || tag == kTaskType || tag == state(vm).gathering_future_type;
}

Value asyncio_gather(VM& vm, CallArgs args) {
  AsyncioState& s = state(vm);
  bool return_exceptions = false;
  bool native = args.nargs > 0 && loop_running(vm) && !in_green_thread(vm) && args.nkw <= 1;
  if (native && args.nkw == 1) {
    const Value& flag = args.kwvalues[0];
    native = VM::str_text(args.kwnames[0]) == "return_exceptions" &&
             (flag.is(vm.true_value()) || flag.is(vm.false_value()));
    return_exceptions = flag.is(vm.true_value());
  }
  for (std::uint32_t i = 0; native && i < args.nargs; ++i)
    native = is_coroutine(vm, args[i]) || plain_future(vm, args[i]);
  if (!native) return vm.call(s.python_gather, args);

  aio::Ref<GatherState> gather(new GatherState());
  gather->return_exceptions = return_exceptions;
  gather->children.reserve(args.nargs);
  // arg_to_fut: a repeated argument is one child, listed at each place. (These arguments hash
  // and compare by identity.)
  Value arg_to_fut = vm.make_dict();
  for (std::uint32_t i = 0; i < args.nargs; ++i) {
    const Value& arg = args[i];
    Value seen;
    if (args.nargs > 1 && vm.dict_get(*arg_to_fut.as<Dict>(), arg, seen) == 1) {
      gather->children.push_back(std::move(seen));
      continue;
    }
    Value fut = arg;
    if (is_coroutine(vm, arg)) {
      fut = new_task(vm, arg);
      task_of(fut).reports_destroyed_pending = false;
    }
    ++gather->nfuts;
    if (args.nargs > 1 && !vm.dict_set(*arg_to_fut.as<Dict>(), arg, fut)) return {};
    future_of(fut).add_done_callback(&gather_child_done, aio::Ref<aio::RefCounted>(gather.get()));
    gather->children.push_back(std::move(fut));
  }
  const Value children = vm.make_list(gather->children);
  const Value loop_keyword = vm.intern("loop");
  CallArgs construct{&children, 1, &s.loop_object, &loop_keyword, 1};
  gather->outer = vm.call(Value(vm.type(s.gathering_future_type)), construct);
  if (!gather->outer) return {};
  return gather->outer;
}

// BaseEventLoop.default_exception_handler's report on stderr; `detail` is a "key: value" line.
void print_loop_error(VM& vm, const std::string& message, const Value& exception,
                      aio::FutureBase* future, const std::string& detail, const char* future_key) {
  std::string text = message + "\n";
  if (future) {
    text += std::string(future_key) + ": " +
            repr_or_placeholder(vm, Value(static_cast<Object*>(future))) + "\n";
  }
  if (!detail.empty()) text += detail + "\n";
  if (exception) text += format_exception(vm, exception);
  vm.host().write_stderr(text);
}

// The handler of loop.set_exception_handler(), called as handler(loop, context); an error in
// it is reported with the context, as CPython's call_exception_handler does.
void call_custom_handler(VM& vm, const Value& handler, const Value& context) {
  if (vm.call(handler, {state(vm).loop_object, context})) return;
  Value error = vm.take_exception();
  print_loop_error(vm, "Unhandled error in exception handler", error, nullptr,
                   "context: " + repr_or_placeholder(vm, context), "future");
}

Value custom_exception_handler(VM& vm) {
  const Value& loop = state(vm).loop_object;
  return loop ? loop.as<LoopObject>()->exception_handler : Value();
}

// ---- The loop object ----------------------------------------------------------------------------

aio::EventLoop& loop_of(const Value& self) {
  return *self.as<LoopObject>()->loop;
}

Value loop_time(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "time", 0, 0)) return {};
  return vm.make_float(loop_of(args[0]).time());
}

// call_soon(cb, *args, context=None) and friends: the callback and its arguments.
bool callback_arguments(VM& vm, const CallArgs& args, std::size_t first, std::string_view name,
                        Value& fn, std::vector<Value>& fn_args, Value& context) {
  Value given;
  for (std::uint32_t i = 0; i < args.nkw; ++i) {
    if (VM::str_text(args.kwnames[i]) != "context") {
      vm.type_error(std::string(name) + "() got an unexpected keyword argument '" +
                    VM::str_text(args.kwnames[i]) + "'");
      return false;
    }
    given = args.kwvalues[i];
  }
  if (args.nargs <= first) {
    vm.type_error(std::string(name) + "() missing 1 required positional argument: 'callback'");
    return false;
  }
  fn = args[first];  // not checked (CPython checks in debug mode only): it fails when called
  fn_args.assign(args.args + first + 1, args.args + args.nargs);
  context = capture_context(vm, given);
  return true;
}

Value loop_call_soon(VM& vm, CallArgs args) {
  Value fn, context;
  std::vector<Value> fn_args;
  if (!callback_arguments(vm, args, 1, "call_soon", fn, fn_args, context)) return {};
  PythonCall* call;
  aio::Ref<aio::Handle> handle(
      new aio::Handle(python_callback(fn, std::move(fn_args), std::move(context), call)));
  loop_of(args[0]).call_soon(aio::Callback{&aio::Handle::run_unless_cancelled, handle, {}});
  return handle_value(handle, kHandleType, call);
}

bool time_argument(VM& vm, const Value& v, double& out) {
  if (vm.to_double(v, out, false)) return true;
  vm.type_error("must be real number, not " + std::string(vm.type_name(v)));
  return false;
}

// call_later(delay, ...) (`relative`) and call_at(when, ...).
Value schedule_timer_handle(VM& vm, CallArgs args, std::string_view name, bool relative) {
  Value fn, context;
  std::vector<Value> fn_args;
  if (args.nargs < 2)
    return vm.type_error(std::string(name) + "() missing 2 required positional arguments: '" +
                         (relative ? "delay" : "when") + "' and 'callback'");
  double when;
  if (!time_argument(vm, args[1], when)) return {};
  if (!callback_arguments(vm, args, 2, name, fn, fn_args, context)) return {};
  aio::EventLoop& loop = loop_of(args[0]);
  if (relative) when += loop.time();
  PythonCall* call;
  aio::Ref<aio::TimerHandle> handle =
      loop.call_at(when, python_callback(fn, std::move(fn_args), std::move(context), call));
  return handle_value(handle, kTimerHandleType, call);
}

Value loop_call_later(VM& vm, CallArgs args) {
  return schedule_timer_handle(vm, args, "call_later", true);
}

Value loop_call_at(VM& vm, CallArgs args) {
  return schedule_timer_handle(vm, args, "call_at", false);
}

Value loop_create_future(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "create_future", 0, 0)) return {};
  auto* future = new FutureObject(loop_of(args[0]));
  future->set_user_tag(kFutureType);
  return Value(future);
}

Value loop_create_task(VM& vm, CallArgs args) {
  Value bound[3];
  if (!bind_args(vm, after_self(args), "create_task", {"coro", "name", "context"}, 1, bound, 1))
    return {};
  if (!is_coroutine(vm, bound[0]))
    return vm.type_error("a coroutine was expected, got " + repr_or_placeholder(vm, bound[0]));
  std::optional<std::string> name;
  if (bound[1] && !vm.is_none(bound[1])) {
    std::optional<std::string> text = vm.str_text_of(bound[1]);
    if (!text) return {};
    name = std::move(*text);
  }
  return new_task(vm, bound[0], std::move(name), bound[2]);
}

Value loop_is_running(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "is_running", 0, 0)) return {};
  return vm.boolean(loop_of(args[0]).is_running());
}

Value loop_is_closed(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "is_closed", 0, 0)) return {};
  return vm.boolean(args[0].as<LoopObject>()->closed);
}

Value loop_close(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "close", 0, 0)) return {};
  if (loop_running(vm)) return vm.raise(vm.exc().RuntimeError, "Cannot close a running event loop");
  args[0].as<LoopObject>()->closed = true;
  return vm.none();
}

// loop.run_in_executor(executor, func, *args): the prelude's _run_in_executor (no threads).
Value loop_run_in_executor(VM& vm, CallArgs args) {
  return call_prelude(vm, "_run_in_executor", args);
}

Value loop_get_debug(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "get_debug", 0, 0)) return {};
  return vm.false_value();
}

Value loop_default_exception_handler(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "default_exception_handler", 1, 1)) return {};
  if (vm.type_index(args[1]) != kDictType) return vm.type_error("context must be a dict");
  Dict& context = *args[1].as<Dict>();
  Value message = vm.dict_get_item(context, "message");
  std::string text =
      message ? vm.str_text_of(message).value_or("") : "Unhandled error in event loop";
  Value exception = vm.dict_get_item(context, "exception");
  // The context's other keys in sorted order, each with its value's repr
  // (BaseEventLoop.default_exception_handler).
  std::vector<std::pair<std::string, Value>> entries;
  for (const DictEntry& entry : context.entries) {
    if (!entry.key || !vm.is_str(entry.key)) continue;
    const std::string& key = VM::str_text(entry.key);
    if (key != "message" && key != "exception") entries.emplace_back(key, entry.value);
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::string detail;
  for (const auto& [key, value] : entries)
    detail += (detail.empty() ? "" : "\n") + key + ": " + repr_or_placeholder(vm, value);
  print_loop_error(vm, text, exception && vm.as_exception(exception) ? exception : Value(), nullptr,
                   detail, "future");
  return vm.none();
}

Value loop_call_exception_handler(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "call_exception_handler", 1, 1)) return {};
  Value handler = args[0].as<LoopObject>()->exception_handler;
  if (!handler) return loop_default_exception_handler(vm, args);
  call_custom_handler(vm, handler, args[1]);
  return vm.none();
}

Value loop_set_exception_handler(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "set_exception_handler", 1, 1)) return {};
  if (!vm.is_none(args[1]) && !vm.is_callable(args[1]))
    return vm.type_error("A callable object or None is expected, got " +
                         repr_or_placeholder(vm, args[1]));
  args[0].as<LoopObject>()->exception_handler = vm.is_none(args[1]) ? Value() : args[1];
  return vm.none();
}

Value loop_get_exception_handler(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "get_exception_handler", 0, 0)) return {};
  Value handler = args[0].as<LoopObject>()->exception_handler;
  return handler ? handler : vm.none();
}

Value loop_repr(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "__repr__", 0, 0)) return {};
  return vm.make_str(std::string("<_UnixSelectorEventLoop running=") +
                     (loop_of(args[0]).is_running() ? "True" : "False") +
                     " closed=False debug=False>");
}

// ---- Handles ------------------------------------------------------------------------------------

aio::Handle& handle_of(const Value& v) {
  return *static_cast<aio::Handle*>(v.object());
}

Value handle_cancel(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "cancel", 0, 0)) return {};
  handle_of(args[0]).cancel();
  return vm.none();
}

Value handle_cancelled(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "cancelled", 0, 0)) return {};
  return vm.boolean(handle_of(args[0]).cancelled());
}

Value handle_repr(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "__repr__", 0, 0)) return {};
  return vm.make_str(describe_handle(vm, handle_of(args[0])));
}

Value timer_handle_when(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "when", 0, 0)) return {};
  return vm.make_float(static_cast<aio::TimerHandle&>(handle_of(args[0])).when());
}

// close() on a sleep never awaited: nothing to clean up, and no warning either.
Value sleep_close(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "close", 0, 0)) return {};
  args[0].as<SleepObject>()->awaited = true;
  return vm.none();
}

Value sleep_repr(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "__repr__", 0, 0)) return {};
  return vm.make_str("<coroutine object sleep at " + address_of(args[0]) + ">");
}

// ---- Module initialisation ----------------------------------------------------------------------

struct Method {
  const char* name;
  NativeFn fn;
};

void add_methods(VM& vm, Type* type, std::initializer_list<Method> methods) {
  for (const Method& method : methods) vm.add_method(type, method.name, method.fn);
}

// Future.__await__() (and __iter__): yields the future while it is pending (the task waits on
// it), then returns its result, as CPython's FutureIter.
Value future_await_next(VM& vm, CallArgs args) {
  auto& it = *args[0].as<IteratorObject>();
  aio::FutureBase& future = future_of(it.source);
  if (!future.done()) {
    if (it.position == 0) {
      it.position = 1;
      return it.source;
    }
    return vm.raise(vm.exc().RuntimeError, "await wasn't used with future");
  }
  Value result = future_result(vm, future);
  if (!result) return Value();
  return vm.raise(vm.new_exception(vm.exc().StopIteration, {result}));
}

Value future_await(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "__await__", 0, 0)) return {};
  Value it = vm.make_iterator(IterKind::Native, args[0]);
  it.as<IteratorObject>()->next_fn = future_await_next;
  return it;
}

// asyncio.sleep(d).__await__(): the first step starts the task's sleep and yields None (a bare
// yield: the task waits for its timer, or runs again at the next iteration for d <= 0); the
// next one returns the result.
Value sleep_await_next(VM& vm, CallArgs args) {
  auto& it = *args[0].as<IteratorObject>();
  auto* sleep = it.source.as<SleepObject>();
  if (it.position == 0) {
    it.position = 1;
    if (sleep->error) return vm.raise(sleep->error);
    if (sleep->delay > 0) {
      aio::TaskBase* task =
          vm.loop && aio::EventLoop::running() == vm.loop ? vm.loop->current_task() : nullptr;
      if (!task) return vm.raise(vm.exc().RuntimeError, "no running event loop");
      task->begin_sleep(sleep->delay);
    }
    return vm.none();
  }
  return vm.raise(vm.new_exception(vm.exc().StopIteration, {sleep->result}));
}

Value sleep_await(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "__await__", 0, 0)) return {};
  args[0].as<SleepObject>()->awaited = true;
  Value it = vm.make_iterator(IterKind::Native, args[0]);
  it.as<IteratorObject>()->next_fn = sleep_await_next;
  return it;
}

void install_types(VM& vm) {
  Type* future = vm.type(kFutureType);
  if (vm.lookup_in_type(future, "result")) return;  // a previous VM... or a second import
  vm.add_static(future, "__new__", future_new);
  add_methods(vm, future,
              {{"__init__", future_init},
               {"result", future_result_method},
               {"exception", future_exception_method},
               {"done", future_done},
               {"cancelled", future_cancelled},
               {"cancel", future_cancel},
               {"add_done_callback", future_add_done_callback},
               {"remove_done_callback", future_remove_done_callback},
               {"set_result", future_set_result},
               {"set_exception", future_set_exception},
               {"get_loop", future_get_loop},
               {"__await__", future_await},
               {"__iter__", future_await},
               {"__repr__", future_repr}});
  vm.add_property(future, "_cancel_message", future_cancel_message);
  vm.add_property(future, "_state", future_state);
  Type* task = vm.type(kTaskType);
  vm.add_static(task, "__new__", task_new);
  add_methods(vm, task,
              {{"__init__", task_init},
               {"get_name", task_get_name},
               {"set_name", task_set_name},
               {"get_coro", task_get_coro},
               {"cancelling", task_cancelling},
               {"uncancel", task_uncancel}});
  vm.add_property(task, "_log_destroy_pending", task_log_destroy_pending,
                  task_set_log_destroy_pending);
  add_methods(
      vm, vm.type(kHandleType),
      {{"cancel", handle_cancel}, {"cancelled", handle_cancelled}, {"__repr__", handle_repr}});
  add_methods(vm, vm.type(kTimerHandleType), {{"when", timer_handle_when}});
  add_methods(vm, vm.type(kSleepType),
              {{"__repr__", sleep_repr}, {"close", sleep_close}, {"__await__", sleep_await}});
}

Type* make_loop_type(VM& vm) {
  Type* type = vm.new_builtin_type("_UnixSelectorEventLoop", vm.type(kObjectType), Layout::Other,
                                   "asyncio.unix_events");
  add_methods(vm, type,
              {{"time", loop_time},
               {"call_soon", loop_call_soon},
               {"call_later", loop_call_later},
               {"call_at", loop_call_at},
               {"create_future", loop_create_future},
               {"create_task", loop_create_task},
               {"is_running", loop_is_running},
               {"is_closed", loop_is_closed},
               {"close", loop_close},
               {"run_in_executor", loop_run_in_executor},
               {"get_debug", loop_get_debug},
               {"run_until_complete", loop_run_until_complete},
               {"run_forever", loop_run_forever},
               {"stop", loop_stop},
               {"call_exception_handler", loop_call_exception_handler},
               {"default_exception_handler", loop_default_exception_handler},
               {"set_exception_handler", loop_set_exception_handler},
               {"get_exception_handler", loop_get_exception_handler},
               {"__repr__", loop_repr}});
  return type;
}

}  // namespace

// ---- FutureObject ----

bool FutureObject::cancel(std::optional<std::string> message) {
  VM* vm = current_vm;
  Type* type = vm ? vm->type_of(Value(static_cast<Object*>(this))) : nullptr;
  if (!type || !type->heap) return FutureBase::cancel(std::move(message));
  Value method = vm->lookup_in_type(type, "cancel");
  if (!method || method.object()->user_tag() == kBuiltinFunctionType)
    return FutureBase::cancel(std::move(message));
  Value self(static_cast<Object*>(this));
  Value msg = message ? vm->make_str(*message) : vm->none();
  Value name = vm->intern("msg");
  Value args[2] = {self, msg};
  Value result = vm->call(method, CallArgs{args, 1, args + 1, &name, 1});
  if (!result) {
    Value exception = vm->take_exception();
    report_loop_error(*vm, "Exception in " + type->name + ".cancel()", exception, this);
    return false;
  }
  int truth = vm->truthy(result);
  if (truth < 0) vm->take_exception();
  return truth == 1;
}

// ---- TaskObject
// -------------------------------------------------------------------------------------

TaskObject::TaskObject(VM& vm, aio::EventLoop& loop, Value coro, std::optional<std::string> name)
    : aio::TaskBase(loop, std::move(name)), coro(std::move(coro)) {
  if (vm.type_index(this->coro) == kCoroutineType) {
    auto* generator = this->coro.as<GeneratorObject>();
    generator->awaited = true;
    const Value& function = generator->frame ? generator->frame->function : Value();
    if (function && vm.type_index(function) == kFunctionType) coro_function = function;
  } else {
    this->coro.as<SleepObject>()->awaited = true;
  }
}

TaskObject::~TaskObject() {
  destroy_coroutine();
}

aio::TaskBase::StepResult TaskObject::outcome(RunResult run) {
  VM& vm = *current_vm;  // the Program's, set while its loop runs
  StepResult step{StepStatus::Suspended, nullptr, nullptr};
  switch (run.status) {
    case RunStatus::Returned:
      innermost_ = nullptr;
      result = std::move(run.value);
      step.status = StepStatus::Returned;
      break;
    case RunStatus::Raised: {
      innermost_ = nullptr;
      Value exception = vm.take_exception();
      if (vm.is_instance(exception, vm.exc().StopIteration)) {
        Value error = vm.new_exception(
            vm.exc().RuntimeError, {vm.make_str(std::string("coroutine raised StopIteration"))});
        vm.as_exception(error)->cause = exception;
        vm.as_exception(error)->context = exception;
        vm.as_exception(error)->suppress_context = true;
        exception = error;
      }
      if (vm.is_instance(exception, vm.exc().KeyboardInterrupt) ||
          vm.is_instance(exception, vm.exc().SystemExit)) {
        // Task.__step re-raises these after storing them: they end the run of the loop.
        vm.restore_exception(exception);
        vm.loop->pause();
      }
      step.status = StepStatus::Raised;
      step.error = to_error(exception);
      break;
    }
    case RunStatus::Suspended:
      innermost_ = run.innermost;
      if (run.value) step.awaiting = aio::Ref<aio::FutureBase>(&future_of(run.value));
      break;
    case RunStatus::HostRequest: {
      innermost_ = run.innermost;
      HostRequest& request = vm.interpreter().host_request;
      if (is_thread && request.kind == HostRequest::Kind::Sleep) {
        // A green thread's time.sleep: this task waits on its own timer, the loop runs on.
        thread_sleeping_ = true;
        begin_sleep(request.seconds);
        request = HostRequest{};
        break;
      }
      request.waiting_task = Value(static_cast<Object*>(this));
      step.status = StepStatus::HostWait;
      break;
    }
    case RunStatus::Yielded:
      innermost_ = nullptr;
      step.status = StepStatus::Raised;
      step.error = to_error(vm.new_exception(
          vm.exc().RuntimeError, {vm.make_str(std::string("coroutine yielded a bare value"))}));
      break;
  }
  return step;
}

aio::TaskBase::StepResult TaskObject::resume_coroutine(aio::Error thrown) {
  VM& vm = *current_vm;  // the Program's, set while its loop runs
  ContextScope scope(vm, context);
  end_sleep();
  Interpreter& interpreter = vm.interpreter();
  Value thrown_value = thrown ? from_error(thrown) : Value();
  if (vm.type_index(coro) == kSleepType) {
    // A task of a bare asyncio.sleep(): it sleeps once, then returns its result.
    auto* sleep = coro.as<SleepObject>();
    if (thrown_value) {
      return {StepStatus::Raised, nullptr, thrown};
    }
    if (!sleep_started_) {
      sleep_started_ = true;
      if (sleep->error) {
        vm.raise(sleep->error);
        return outcome(RunResult{RunStatus::Raised, Value(), nullptr});
      }
      if (sleep->delay > 0) begin_sleep(sleep->delay);
      return {StepStatus::Suspended, nullptr, nullptr};
    }
    result = sleep->result;
    return {StepStatus::Returned, nullptr, nullptr};
  }
  auto* generator = coro.as<GeneratorObject>();
  interpreter.set_suspendable();
  if (innermost_) {
    // After a green thread's sleep, time.sleep returns None.
    Value sent = thread_sleeping_ && !thrown_value ? vm.none() : Value();
    thread_sleeping_ = false;
    return outcome(interpreter.resume(innermost_, std::move(sent), std::move(thrown_value)));
  }
  if (!generator->frame || generator->finished) {
    vm.raise(vm.exc().RuntimeError, "cannot reuse already awaited coroutine");
    return outcome(RunResult{RunStatus::Raised, Value(), nullptr});
  }
  Frame* frame = generator->frame;
  generator->started = true;
  generator->running = true;
  frame->mode = FrameMode::Entry;
  frame->back = nullptr;
  if (thrown_value) return outcome(interpreter.resume(frame, Value(), std::move(thrown_value)));
  return outcome(interpreter.run(frame));
}

void TaskObject::resume_after_host(Value answer, Value thrown) {
  VM& vm = *current_vm;  // the Program's, set while its loop runs
  ContextScope scope(vm, context);
  continue_step([&] {
    vm.interpreter().set_suspendable();
    Frame* frame = innermost_;
    return outcome(vm.interpreter().resume(frame, std::move(answer), std::move(thrown)));
  });
}

void TaskObject::destroy_coroutine() noexcept {
  VM& vm = *VM::current();
  if (innermost_ && vm.type_index(coro) == kCoroutineType) {
    // The chain's frames belong to their coroutine objects, freed with them.
    Frame* frame = innermost_;
    while (frame && frame->mode != FrameMode::Entry) {
      Frame* back = frame->back;
      if (frame->generator) frame->generator->running = false;
      frame = back;
    }
    if (auto* generator = coro.as<GeneratorObject>()) generator->running = false;
  }
  innermost_ = nullptr;
  // A finished coroutine holds no frame (nor anything that could lead back to its task): a
  // done task keeps it for its repr, as in a "Task exception was never retrieved" at exit.
  bool finished =
      coro && (vm.type_index(coro) != kCoroutineType || coro.as<GeneratorObject>()->finished);
  if (!(done() && finished)) coro = Value();
}

std::string TaskObject::describe_coroutine() const {
  return describe_coroutine_text();
}

std::string TaskObject::describe_coroutine_text() const {
  VM& vm = *VM::current();
  if (!coro) return "coro=<None>";
  if (vm.type_index(coro) == kSleepType) return "coro=<sleep() running>";
  auto* generator = coro.as<GeneratorObject>();
  std::string name = VM::str_text(generator->qualname) + "()";
  if (Frame* frame = generator->frame) {
    const Code& code = *frame->code;
    std::uint32_t line = generator->started ? code.line_of(frame->ip) : code.first_line;
    std::string filename = code.source ? code.source->filename : "<unknown>";
    return "coro=<" + name + " running at " + filename + ":" + std::to_string(line) + ">";
  }
  const Code* code = coro_function ? coro_function.as<Function>()->code.get() : nullptr;
  if (!code || !code->source) return "coro=<" + name + " done>";
  return "coro=<" + name + " done, defined at " + code->source->filename + ":" +
         std::to_string(code->first_line) + ">";
}

SleepObject::~SleepObject() {
  if (!awaited)
    if (VM* vm = current_vm) warn_never_awaited(*vm, "sleep");
}

// ---- Shared with the program driver and the interpreter ---------------------------------------

Value future_result_value(aio::FutureBase& future) {
  if (future.is_task()) return static_cast<TaskObject&>(future).result;
  return static_cast<FutureObject&>(future).result;
}

Value* future_dict_slot(const Value& future) {
  auto& base = *static_cast<aio::FutureBase*>(future.object());
  if (base.is_task()) return &static_cast<TaskObject&>(base).dict;
  return &static_cast<FutureObject&>(base).dict;
}

VM* asyncio_vm() {
  return current_vm;
}

void set_asyncio_vm(VM* vm) {
  current_vm = vm;
}

void install_asyncio_loop(VM& vm, aio::EventLoop& loop) {
  vm.loop = &loop;
  loop.set_error_factory(std::make_unique<PythonErrors>(vm));
  loop.set_exception_handler([&vm](const aio::ExceptionContext& context) {
    std::string message = context.message;
    constexpr std::string_view kNeverRetrieved = " exception was never retrieved";
    if (context.future && message.ends_with(kNeverRetrieved)) {
      // CPython names the class: "_GatheringFuture exception was never retrieved".
      Value future(static_cast<Object*>(context.future.get()));
      message = vm.type_of(future)->name + std::string(kNeverRetrieved);
    }
    // CPython's Task.__del__ puts the task under "task", the others their future under "future".
    const char* key = message == "Task was destroyed but it is pending!" ? "task" : "future";
    report_loop_error(vm, message, context.error ? from_error(context.error) : Value(),
                      context.future.get(), nullptr, key);
  });
}

bool in_green_thread(VM& vm) {
  aio::TaskBase* task = vm.loop ? vm.loop->current_task() : nullptr;
  return task && static_cast<TaskObject*>(task)->is_thread;
}

Value new_task(VM& vm, Value coro, std::optional<std::string> name, const Value& context) {
  auto* task = new TaskObject(vm, *vm.loop, std::move(coro), std::move(name));
  task->set_user_tag(kTaskType);
  task->context = capture_context(vm, context);
  return Value(static_cast<Object*>(task));
}

Value asyncgen_finalizer_hook(VM& vm, const Value& agen) {
  std::erase(vm.loop_asyncgens, agen.as<GeneratorObject>());
  if (!loop_running(vm)) return vm.none();  // the loop is closed: nothing closes it
  return call_prelude(vm, "_asyncgen_finalizer_hook", CallArgs{&agen, 1});
}

Value start_asyncgen_shutdown(VM& vm) {
  if (vm.loop_asyncgens.empty()) return Value();
  std::vector<Value> agens(vm.loop_asyncgens.begin(), vm.loop_asyncgens.end());
  vm.loop_asyncgens.clear();
  const Value list = vm.make_list(std::move(agens));
  Value coro = call_prelude(vm, "_shutdown_asyncgens", CallArgs{&list, 1});
  if (!coro) {
    vm.take_exception();
    return Value();
  }
  return new_task(vm, std::move(coro));
}

Value task_exception(TaskObject& task) {
  if (!task.done() || task.cancelled()) return Value();
  task.mark_exception_retrieved();
  aio::Error error = task.exception();
  return error ? from_error(error) : Value();
}

void report_loop_error(VM& vm, const std::string& message, const Value& exception,
                       aio::FutureBase* future, const aio::Handle* handle, const char* future_key) {
  Value saved = vm.has_pending_exception() ? vm.take_exception() : Value();
  if (Value handler = custom_exception_handler(vm)) {
    Value context = vm.make_dict();
    Dict& dict = *context.as<Dict>();
    vm.dict_set_item(dict, "message", vm.make_str(message));
    if (exception) vm.dict_set_item(dict, "exception", exception);
    if (future) vm.dict_set_item(dict, future_key, Value(static_cast<Object*>(future)));
    if (handle) vm.dict_set_item(dict, "handle", Value(const_cast<aio::Handle*>(handle)));
    call_custom_handler(vm, handler, context);
  } else {
    print_loop_error(vm, message, exception, future,
                     handle ? "handle: " + describe_handle(vm, *handle) : "", future_key);
  }
  if (saved) vm.restore_exception(saved);
}

// ---- Awaiting (the interpreter's Await on a native awaitable) ----------------------------------

namespace {

// One step of the iterator of a user awaitable: 1 yielded (out), 0 returned (out: the value),
// -1 raised. `thrown`: an exception to throw in instead of sending None.
int step_await_iterator(VM& vm, const Value& it, Value thrown, Value& out) {
  Value v;
  std::uint32_t tag = vm.type_index(it);
  if (thrown) {
    Value method = vm.get_attr_opt(it, vm.intern("throw"));
    if (!method) {
      if (vm.has_pending_exception()) return -1;
      vm.restore_exception(std::move(thrown));  // raised where the await is
      return -1;
    }
    v = vm.call(method, {thrown});
  } else if (tag == kGeneratorType || tag == kCoroutineType) {
    v = generator_send(vm, it, vm.none());
  } else {
    v = yield_from_step(vm, it, vm.none());
    if (!v && !vm.has_pending_exception()) {
      out = vm.none();
      return 0;
    }
  }
  if (v) {
    out = std::move(v);
    return 1;
  }
  if (!vm.pending_is(vm.exc().StopIteration)) return -1;
  out = stop_iteration_value(vm, vm.take_exception());
  return 0;
}

// `await obj` where obj's type defines __await__: its iterator is stepped as Task.__step steps
// a coroutine. A yielded future is waited on, a bare yield (None) lets the loop run once, and
// anything else is "Task got bad yield", thrown into the iterator at the next step.
AwaitStep await_iterator(VM& vm, const Value& awaitable, Frame* frame, Value& outcome) {
  auto* await_iter = awaitable.as<AwaitIterObject>();
  Value thrown = frame->await_state == 3 ? vm.take_exception() : std::move(await_iter->pending);
  await_iter->pending = Value();
  frame->await_state = 0;
  Value out;
  int r = step_await_iterator(vm, await_iter->iterator, std::move(thrown), out);
  if (r < 0) return AwaitStep::Error;
  if (r == 0) {
    outcome = std::move(out);
    return AwaitStep::Done;
  }
  frame->await_state = 1;
  outcome = Value();
  if (is_future(vm, out)) {
    outcome = std::move(out);
  } else if (!vm.is_none(out)) {
    Value repr = vm.repr(out);
    if (!repr) return AwaitStep::Error;
    await_iter->pending = vm.new_exception(
        vm.exc().RuntimeError, {vm.make_str("Task got bad yield: " + VM::str_text(repr))});
  }
  return AwaitStep::Suspend;
}

}  // namespace

AwaitStep await_native(VM& vm, const Value& awaitable, Frame* frame, Value& outcome) {
  if (vm.type_index(awaitable) == kAwaitIterType)
    return await_iterator(vm, awaitable, frame, outcome);
  // await_state 1: this Await already suspended once and the task resumed it.
  const bool resumed = frame->await_state == 1;
  frame->await_state = 0;
  if (vm.type_index(awaitable) == kSleepType) {
    auto* sleep = awaitable.as<SleepObject>();
    if (resumed) {
      outcome = sleep->result;
      return AwaitStep::Done;
    }
    sleep->awaited = true;
    if (sleep->error) {
      vm.raise(sleep->error);
      return AwaitStep::Error;
    }
    aio::TaskBase* task =
        vm.loop && aio::EventLoop::running() == vm.loop ? vm.loop->current_task() : nullptr;
    if (sleep->delay > 0) {
      // sleep(0) is a bare yield, which needs no loop (a coroutine driven by send()).
      if (!task) {
        vm.raise(vm.exc().RuntimeError, "no running event loop");
        return AwaitStep::Error;
      }
      task->begin_sleep(sleep->delay);
    }
    frame->await_state = 1;
    outcome = Value();
    return AwaitStep::Suspend;
  }
  if (is_future(vm, awaitable)) {
    aio::FutureBase& future = future_of(awaitable);
    if (!future.done()) {
      if (resumed) {
        vm.raise(vm.exc().RuntimeError, "await wasn't used with future");
        return AwaitStep::Error;
      }
      if (!vm.loop || aio::EventLoop::running() != vm.loop || !vm.loop->current_task()) {
        vm.raise(vm.exc().RuntimeError,
                 "await on a pending future outside a running task: run the coroutine with "
                 "asyncio.run, create_task or a top-level await");
        return AwaitStep::Error;
      }
      frame->await_state = 1;
      outcome = awaitable;
      return AwaitStep::Suspend;
    }
    outcome = future_result(vm, future);
    return outcome ? AwaitStep::Done : AwaitStep::Error;
  }
  vm.type_error("object " + std::string(vm.type_name(awaitable)) +
                " can't be used in 'await' expression");
  return AwaitStep::Error;
}

bool init_contextvars_native(VM& vm, Module& module) {
  using modules::add_function;
  return add_function(vm, module, "get_context", contextvars_get_context) &&
         add_function(vm, module, "set_context", contextvars_set_context) &&
         add_function(vm, module, "enable", contextvars_enable);
}

bool init_asyncio(VM& vm, Module& module) {
  install_types(vm);
  AsyncioState& s = state(vm);
  if (!s.loop_type) s.loop_type = make_loop_type(vm);
  if (vm.loop && !s.loop_object) s.loop_object = make_loop_object(vm);
  const ExceptionTypes& e = vm.exc();
  using modules::add_function;
  using modules::add_value;
  bool ok = add_value(vm, module, "Future", Value(vm.type(kFutureType))) &&
            add_value(vm, module, "Task", Value(vm.type(kTaskType))) &&
            add_value(vm, module, "Handle", Value(vm.type(kHandleType))) &&
            add_value(vm, module, "TimerHandle", Value(vm.type(kTimerHandleType))) &&
            add_value(vm, module, "CancelledError", Value(e.CancelledError)) &&
            add_value(vm, module, "InvalidStateError", Value(e.InvalidStateError)) &&
            add_value(vm, module, "TimeoutError", Value(e.TimeoutError)) &&
            add_value(vm, module, "QueueEmpty", Value(e.QueueEmpty)) &&
            add_value(vm, module, "QueueFull", Value(e.QueueFull)) &&
            add_function(vm, module, "sleep", asyncio_sleep) &&
            add_function(vm, module, "run", asyncio_run) &&
            add_function(vm, module, "create_task", asyncio_create_task) &&
            add_function(vm, module, "get_running_loop", asyncio_get_running_loop) &&
            add_function(vm, module, "_get_running_loop", asyncio_get_running_loop_or_none) &&
            add_function(vm, module, "get_event_loop", asyncio_get_event_loop) &&
            add_function(vm, module, "_new_loop_face", asyncio_new_loop_face) &&
            add_function(vm, module, "current_task", asyncio_current_task) &&
            add_function(vm, module, "all_tasks", asyncio_all_tasks) &&
            add_function(vm, module, "_start_thread", asyncio_start_thread) &&
            add_function(vm, module, "_shutdown_loop", asyncio_shutdown_loop) &&
            add_function(vm, module, "iscoroutine", asyncio_iscoroutine) &&
            add_function(vm, module, "iscoroutinefunction", asyncio_iscoroutinefunction) &&
            add_function(vm, module, "isfuture", asyncio_isfuture);
  if (!ok) return false;
  // The Python half, run in the module's namespace: its frozen code when the build or the host
  // has it, else compiled from its text.
  if (!exec_frozen_module(vm, module, kPreludeFilename, kAsyncioPrelude, frozen_asyncio_prelude()))
    return false;
  // The coroutine that awaits agen.aclose() for a task (CPython's task runs the awaitable).
  Value aclose = vm.get_attr(Value(&module), "_aclose");
  if (!aclose) return false;
  aclose.as<Function>()->code->hidden = true;
  // gather(): the native one, which falls back to the prelude's (see asyncio_gather).
  Value gathering_future = vm.get_attr(Value(&module), "_GatheringFuture");
  s.python_gather = vm.get_attr(Value(&module), "gather");
  if (!gathering_future || !s.python_gather) return false;
  s.gathering_future_type = gathering_future.as<Type>()->index;
  return add_function(vm, module, "gather", asyncio_gather);
}

std::optional<std::string> freeze_asyncio_prelude(VM& vm) {
  std::shared_ptr<Code> code = compile_module_source(vm, kPreludeFilename, kAsyncioPrelude);
  if (!code) return std::nullopt;
  return freeze_code(vm, *code, kAsyncioPrelude);
}

}  // namespace py
