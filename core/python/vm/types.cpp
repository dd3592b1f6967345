// The type table: the built-in classes in BuiltinTypeIndex order, the exception hierarchy of
// CPython 3.11 (every built-in exception, so `except LookupError` and `issubclass` work as in
// CPython), the singletons, and the built-in modules the engine carries.
#include <utility>

#include "modules/asyncio.hpp"
#include "modules/modules.hpp"
#include "vm/builtin_types.hpp"
#include "vm/interpreter.hpp"
#include "vm/runtime_support.hpp"
#include "vm/vm.hpp"

namespace py {

namespace {

struct BuiltinTypeSpec {
  BuiltinTypeIndex index;
  const char* name;
  Layout layout;
  const char* module;
};

// In BuiltinTypeIndex order; every type derives from object.
constexpr BuiltinTypeSpec kBuiltinTypes[] = {
    {kObjectType, "object", Layout::Object, "builtins"},
    {kTypeType, "type", Layout::Type, "builtins"},
    {kNoneType, "NoneType", Layout::None, "builtins"},
    {kBoolType, "bool", Layout::Bool, "builtins"},
    {kIntType, "int", Layout::Int, "builtins"},
    {kFloatType, "float", Layout::Float, "builtins"},
    {kStrType, "str", Layout::Str, "builtins"},
    {kBytesType, "bytes", Layout::Bytes, "builtins"},
    {kTupleType, "tuple", Layout::Tuple, "builtins"},
    {kListType, "list", Layout::List, "builtins"},
    {kDictType, "dict", Layout::Dict, "builtins"},
    {kSetType, "set", Layout::Set, "builtins"},
    {kFrozenSetType, "frozenset", Layout::FrozenSet, "builtins"},
    {kRangeType, "range", Layout::Range, "builtins"},
    {kSliceType, "slice", Layout::Slice, "builtins"},
    {kFunctionType, "function", Layout::Function, "builtins"},
    {kBuiltinFunctionType, "builtin_function_or_method", Layout::NativeFunction, "builtins"},
    {kMethodType, "method", Layout::BoundMethod, "builtins"},
    {kCellType, "cell", Layout::Cell, "builtins"},
    {kModuleType, "module", Layout::Module, "builtins"},
    {kGeneratorType, "generator", Layout::Generator, "builtins"},
    {kCoroutineType, "coroutine", Layout::Coroutine, "builtins"},
    {kAsyncGeneratorType, "async_generator", Layout::AsyncGenerator, "builtins"},
    {kPropertyType, "property", Layout::Property, "builtins"},
    {kStaticMethodType, "staticmethod", Layout::StaticMethod, "builtins"},
    {kClassMethodType, "classmethod", Layout::ClassMethod, "builtins"},
    {kSuperType, "super", Layout::Super, "builtins"},
    {kEllipsisType, "ellipsis", Layout::Other, "builtins"},
    {kNotImplementedType, "NotImplementedType", Layout::Other, "builtins"},
    {kFutureType, "Future", Layout::Future, "_asyncio"},
    {kTaskType, "Task", Layout::Task, "_asyncio"},
    {kHandleType, "Handle", Layout::Handle, "asyncio.events"},
    {kTimerHandleType, "TimerHandle", Layout::Handle, "asyncio.events"},
    {kCodeType, "code", Layout::Other, "builtins"},
    {kIteratorType, "iterator", Layout::Iterator, "builtins"},
    {kDictKeysType, "dict_keys", Layout::Other, "builtins"},
    {kDictValuesType, "dict_values", Layout::Other, "builtins"},
    {kDictItemsType, "dict_items", Layout::Other, "builtins"},
    {kSleepType, "sleep", Layout::Other, "asyncio"},
    {kAnextType, "anext_awaitable", Layout::Other, "builtins"},
    {kComplexType, "complex", Layout::Complex, "builtins"},
    {kAwaitIterType, "await_iterator", Layout::Other, "builtins"},
    {kTracebackType, "traceback", Layout::Other, "builtins"},
    {kFrameType, "frame", Layout::Other, "builtins"},
};
static_assert(std::size(kBuiltinTypes) == kBuiltinTypeCount);

// Static objects (None, True...) hold one reference the VM never gives back.
Object* immortal_object(std::uint32_t tag) {
  auto* o = new Object();
  o->set_user_tag(tag);
  o->retain();
  return o;
}

}  // namespace

void VM::create_builtin_types() {
  // The intern table first: type dicts are keyed by interned names.
  interned_ = make_dict();
  types_.reserve(kBuiltinTypeCount + 80);
  for (const BuiltinTypeSpec& spec : kBuiltinTypes) {
    Type* base = spec.index == kObjectType ? nullptr : types_[kObjectType];
    new_builtin_type(spec.name, base, spec.layout, spec.module);
  }
  // bool derives from int, which comes after it in the table.
  Type* bool_type = types_[kBoolType];
  bool_type->base = types_[kIntType];
  bool_type->bases = {Value(types_[kIntType])};
  bool_type->mro = {bool_type, types_[kIntType], types_[kObjectType]};
  // asyncio.Task derives from asyncio.Future, TimerHandle from Handle.
  auto derive = [&](std::uint32_t index, std::uint32_t base_index) {
    Type* type = types_[index];
    type->base = types_[base_index];
    type->bases = {Value(types_[base_index])};
    type->mro = {type, types_[base_index], types_[kObjectType]};
  };
  derive(kTaskType, kFutureType);
  derive(kTimerHandleType, kHandleType);
  none_ = Value(immortal_object(kNoneType));
  true_ = Value(immortal_object(kBoolType));
  false_ = Value(immortal_object(kBoolType));
  not_implemented_ = Value(immortal_object(kNotImplementedType));
  ellipsis_ = Value(immortal_object(kEllipsisType));

  // The exception hierarchy (CPython 3.11's, Objects/exceptions.c): the classes the VM raises
  // itself; builtins_module.cpp adds the others (FileNotFoundError...).
  auto exception = [&](const char* name, Type* base, const char* module = "builtins") {
    Type* t = new_builtin_type(name, base, Layout::Exception, module);
    t->is_exception = true;
    return t;
  };
  ExceptionTypes& e = exc_;
  e.BaseException = exception("BaseException", types_[kObjectType]);
  e.SystemExit = exception("SystemExit", e.BaseException);
  e.KeyboardInterrupt = exception("KeyboardInterrupt", e.BaseException);
  e.GeneratorExit = exception("GeneratorExit", e.BaseException);
  e.BaseExceptionGroup = exception("BaseExceptionGroup", e.BaseException);
  e.Exception = exception("Exception", e.BaseException);
  e.ArithmeticError = exception("ArithmeticError", e.Exception);
  e.OverflowError = exception("OverflowError", e.ArithmeticError);
  e.ZeroDivisionError = exception("ZeroDivisionError", e.ArithmeticError);
  e.AssertionError = exception("AssertionError", e.Exception);
  e.AttributeError = exception("AttributeError", e.Exception);
  e.EOFError = exception("EOFError", e.Exception);
  e.ExceptionGroup = exception("ExceptionGroup", e.BaseExceptionGroup);
  e.ExceptionGroup->bases.push_back(
      Value(e.Exception));  // ExceptionGroup(BaseExceptionGroup, Exception)
  e.ExceptionGroup->mro = {e.ExceptionGroup, e.BaseExceptionGroup, e.Exception, e.BaseException,
                           types_[kObjectType]};
  e.ImportError = exception("ImportError", e.Exception);
  e.ModuleNotFoundError = exception("ModuleNotFoundError", e.ImportError);
  e.LookupError = exception("LookupError", e.Exception);
  e.IndexError = exception("IndexError", e.LookupError);
  e.KeyError = exception("KeyError", e.LookupError);
  e.MemoryError = exception("MemoryError", e.Exception);
  e.NameError = exception("NameError", e.Exception);
  e.UnboundLocalError = exception("UnboundLocalError", e.NameError);
  e.OSError = exception("OSError", e.Exception);
  e.TimeoutError = exception("TimeoutError", e.OSError);
  e.RuntimeError = exception("RuntimeError", e.Exception);
  e.NotImplementedError = exception("NotImplementedError", e.RuntimeError);
  e.RecursionError = exception("RecursionError", e.RuntimeError);
  e.StopAsyncIteration = exception("StopAsyncIteration", e.Exception);
  e.StopIteration = exception("StopIteration", e.Exception);
  e.SyntaxError = exception("SyntaxError", e.Exception);
  e.IndentationError = exception("IndentationError", e.SyntaxError);
  e.TabError = exception("TabError", e.IndentationError);
  e.TypeError = exception("TypeError", e.Exception);
  e.ValueError = exception("ValueError", e.Exception);
  e.UnicodeError = exception("UnicodeError", e.ValueError);
  e.Warning = exception("Warning", e.Exception);
  e.DeprecationWarning = exception("DeprecationWarning", e.Warning);
  e.RuntimeWarning = exception("RuntimeWarning", e.Warning);
  e.UserWarning = exception("UserWarning", e.Warning);
  // asyncio's own (CancelledError is a BaseException since 3.8; asyncio.TimeoutError is the
  // built-in TimeoutError since 3.11).
  e.CancelledError = exception("CancelledError", e.BaseException, "asyncio.exceptions");
  e.InvalidStateError = exception("InvalidStateError", e.Exception, "asyncio.exceptions");
  e.QueueEmpty = exception("QueueEmpty", e.Exception, "asyncio.queues");
  e.QueueFull = exception("QueueFull", e.Exception, "asyncio.queues");

  builtins_ = make_dict();
  sys_modules_ = make_dict();
  install_builtin_methods(*this);
  install_async_generator_methods(*this);
  install_builtins_module(*this);
  register_module("math", init_math);
  register_module("_collections", init_native_collections);
  register_module("collections", init_collections);
  register_module("random", init_random);
  for (const char* name :
       {"functools",  "itertools", "operator",        "types",       "contextlib", "heapq",
        "bisect",     "string",    "typing",          "dataclasses", "enum",       "json",
        "abc",        "copy",      "collections.abc", "__future__",  "traceback",  "datetime",
        "statistics", "reprlib",   "contextvars",     "re",         "warnings"}) {
    register_module(name, init_library_module);
  }
  register_module("sys", init_sys);
  register_module("builtins", init_builtins);
  register_module("_traceback", init_traceback_native);
  register_module("asyncio", init_asyncio);
  register_module("_contextvars", init_contextvars_native);
  register_module("time", init_time);
}

}  // namespace py
