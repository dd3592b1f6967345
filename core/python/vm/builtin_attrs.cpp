// Attributes, calling a type and class creation: CPython's PyObject_GenericGetAttr and
// PyObject_GenericSetAttr, type_getattro/type_setattro, super's lookup, type_call (__new__ then
// __init__), type_new (layout, C3 MRO, __set_name__, __init_subclass__), the built-in types'
// constructors, and the methods of object, type, property, staticmethod, classmethod and the
// exceptions that user code reaches through super() or explicit calls (`super().__init__(...)`,
// `Exception.__init__(self, msg)`, `object.__setattr__(self, name, value)`).
//
// Attribute lookup follows CPython's order: data descriptors found on the type (property, user
// classes with __set__/__delete__), then the attributes built into an object's struct (a
// function's __name__, an exception's args...), then the instance __dict__, then the other
// class attributes, bound as their kind says (functions and native methods bind to the
// instance, classmethods to the class, staticmethods unwrap, user __get__ is called).
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "modules/asyncio.hpp"
#include "modules/library_methods.hpp"
#include "modules/modules.hpp"
#include "objects/complex.hpp"
#include "objects/container_methods.hpp"
#include "objects/numbers.hpp"
#include "objects/str_methods.hpp"
#include "vm/builtin_types.hpp"
#include "vm/code.hpp"
#include "vm/interpreter.hpp"
#include "vm/runtime_support.hpp"
#include "vm/set_table.hpp"

namespace py {

namespace {

using modules::after_self;

// ---- Helpers ------------------------------------------------------------------------------------

// The types the interpreter itself defines, as opposed to those of modules and class statements.
bool is_core(const Type* type) {
  return type->index < kBuiltinTypeCount;
}

std::string type_name_of(VM& vm, const Value& v) {
  return std::string(vm.type_name(v));
}

}  // namespace

// The self of a method of `owner`, checked as CPython's descriptors do (vm/builtin_types.hpp).
bool require_self(VM& vm, const CallArgs& args, Type* owner, std::string_view method) {
  const std::string name(method);
  const std::string owner_name = tp_name(owner);
  bool dunder = name.size() > 4 && name.compare(0, 2, "__") == 0;
  if (args.nargs == 0) {
    vm.type_error(dunder
                      ? "descriptor '" + name + "' of '" + owner_name + "' object needs an argument"
                      : "unbound method " + owner_name + "." + name + "() needs an argument");
    return false;
  }
  if (!vm.is_instance(args[0], owner)) {
    std::string received = type_name_of(vm, args[0]);
    vm.type_error(dunder ? "descriptor '" + name + "' requires a '" + owner_name +
                               "' object but received a '" + received + "'"
                         : "descriptor '" + name + "' for '" + owner_name +
                               "' objects doesn't apply to a '" + received + "' object");
    return false;
  }
  return true;
}

namespace {

Value or_none(VM& vm, const Value& v) {
  return v ? v : vm.none();
}

bool is_type(VM& vm, const Value& v) {
  return vm.is_class(v);
}

bool is_dict(VM& vm, const Value& v) {
  return vm.type_of(v)->layout == Layout::Dict;
}

// `name` is a literal (VM::intern_static): these are the dunders every instantiation and
// attribute access asks about (__new__, __init__, __get__, __set__...).
Value lookup(VM& vm, const Type* type, const char* name) {
  return vm.lookup_in_type(type, vm.intern_static(name));
}

bool is_native(const Value& v, NativeFn fn) {
  return v.is_object() && v.object()->user_tag() == kBuiltinFunctionType &&
         v.as<NativeFunction>()->fn == fn;
}

// What calling a class attribute found as `__new__` calls: a staticmethod's function.
Value unwrap_static(VM& vm, const Value& v) {
  if (v.is_object() && vm.type_of(v)->layout == Layout::StaticMethod) {
    return v.as<StaticMethod>()->function;
  }
  return v;
}

// The keyword arguments of a call as a dict (null when there are none).
Value keywords_dict(VM& vm, const CallArgs& args) {
  if (args.nkw == 0) return Value();
  Value dict = vm.make_dict();
  for (std::uint32_t k = 0; k < args.nkw; ++k) {
    if (!vm.dict_set(*dict.as<Dict>(), args.kwnames[k], args.kwvalues[k])) return Value();
  }
  return dict;
}

// C.__dict__: a read-only live view of the class namespace, types.MappingProxyType (CPython's
// mappingproxy, written in Python in the library archive). Changes to the namespace through it
// are not possible, so the class lookup cache and has_getattr/has_setattr stay right.
Value class_namespace_view(VM& vm, const Value& namespace_dict) {
  Value types = vm.import_module(vm.intern_static("types"));
  if (!types) return {};
  Value view_type = vm.get_attr(types, "MappingProxyType");
  if (!view_type) return {};
  return vm.call(view_type, {namespace_dict});
}

Value raise_attribute_error(VM& vm, std::string message) {
  return vm.raise(vm.exc().AttributeError, std::move(message));
}

Value readonly_attribute(VM& vm) {
  return raise_attribute_error(vm, "readonly attribute");
}

Value not_writable(VM& vm, std::string_view name, const Type* type) {
  return raise_attribute_error(
      vm, "attribute '" + std::string(name) + "' of '" + type->name + "' objects is not writable");
}

// "'list' object has no attribute 'x'" (what deleting a missing attribute says, for modules too).
Value no_attribute(VM& vm, const Value& object, std::string_view name) {
  return raise_attribute_error(
      vm, "'" + type_name_of(vm, object) + "' object has no attribute '" + std::string(name) + "'");
}

// A slot wrapper's arity after self ("expected 1 argument, got 0"); no keywords.
bool expect_arguments(VM& vm, const CallArgs& args, std::string_view method, std::uint32_t count,
                      std::string_view prefix = "") {
  if (args.nkw) {
    vm.type_error("wrapper " + std::string(method) + "() takes no keyword arguments");
    return false;
  }
  std::uint32_t given = args.nargs - 1;
  if (given == count) return true;
  vm.type_error(std::string(prefix) + "expected " + std::to_string(count) + " argument" +
                (count == 1 ? "" : "s") + ", got " + std::to_string(given));
  return false;
}

// PyArg_ParseTupleAndKeywords' binding and messages ("str() takes at most 3 arguments (4
// given)", "'x' is an invalid keyword argument for str()"). Missing arguments are null.
bool parse_arguments(VM& vm, const CallArgs& args, std::string_view function,
                     std::initializer_list<std::string_view> names, Value* out) {
  const std::string fname(function);
  const std::size_t count = names.size();
  const std::size_t given = args.nargs + args.nkw;
  if (given > count) {
    vm.type_error(fname + "() takes at most " + std::to_string(count) + " argument" +
                  (count == 1 ? "" : "s") + " (" + std::to_string(given) + " given)");
    return false;
  }
  for (std::size_t i = 0; i < count; ++i) out[i] = i < args.nargs ? args[i] : Value();
  for (std::uint32_t k = 0; k < args.nkw; ++k) {
    const std::string& key = VM::str_text(args.kwnames[k]);
    auto it = std::find(names.begin(), names.end(), key);
    if (it == names.end()) {
      vm.type_error("'" + key + "' is an invalid keyword argument for " + fname + "()");
      return false;
    }
    std::size_t index = static_cast<std::size_t>(it - names.begin());
    if (index < args.nargs) {
      vm.type_error("argument for " + fname + "() given by name ('" + key + "') and position (" +
                    std::to_string(index + 1) + ")");
      return false;
    }
    out[index] = args.kwvalues[k];
  }
  return true;
}

// A str argument of a constructor, or null: "str() argument 'encoding' must be str, not int".
bool optional_str_argument(VM& vm, const Value& v, std::string_view function,
                           std::string_view name) {
  if (!v || vm.is_str(v)) return true;
  vm.type_error(std::string(function) + "() argument '" + std::string(name) +
                "' must be str, not " + type_name_of(vm, v));
  return false;
}

// ---- Layouts ------------------------------------------------------------------------------------

// Whether the instances of built-in `type` are another struct than its base's (CPython's
// extra_ivars): int over object, deque over object; not
// ValueError over Exception nor defaultdict over dict.
bool adds_layout(const Type* type) {
  if (!type->base) return true;
  if (type->layout != type->base->layout) return true;
  return type->layout == Layout::Object && !is_core(type);
}

// The class whose struct instances of `type` are (CPython's solid_base).
const Type* solid_base(const Type* type) {
  while (type->heap || !adds_layout(type)) type = type->base;
  return type;
}

// The first class of the MRO that no class statement made: its __new__ makes the struct.
const Type* static_base(const Type* type) {
  for (const Type* t : type->mro) {
    if (!t->heap) return t;
  }
  return type->mro.back();
}

Value cannot_create(VM& vm, const Type* type) {
  return vm.type_error("cannot create '" + tp_name(type) + "' instances");
}

// The class a built-in __new__ is to instantiate (args[0]), checked as CPython's
// tp_new_wrapper: "list.__new__(int): int is not a subtype of list", "object.__new__(int) is
// not safe, use int.__new__()". Null when it raised.
Type* new_target(VM& vm, const CallArgs& args, Type* owner) {
  // The names are only built for the messages (this runs at every instantiation).
  if (args.nargs == 0) {
    vm.type_error(tp_name(owner) + ".__new__(): not enough arguments");
    return nullptr;
  }
  if (!is_type(vm, args[0])) {
    vm.type_error(tp_name(owner) + ".__new__(X): X is not a type object (" +
                  type_name_of(vm, args[0]) + ")");
    return nullptr;
  }
  Type* cls = args[0].as<Type>();
  if (!VM::is_subtype(cls, owner)) {
    const std::string owner_name = tp_name(owner), cls_name = tp_name(cls);
    vm.type_error(owner_name + ".__new__(" + cls_name + "): " + cls_name + " is not a subtype of " +
                  owner_name);
    return nullptr;
  }
  const Type* base = static_base(cls);
  if (!lookup(vm, base, "__new__").is(lookup(vm, owner, "__new__"))) {
    vm.type_error(tp_name(owner) + ".__new__(" + tp_name(cls) + ") is not safe, use " +
                  tp_name(base) + ".__new__()");
    return nullptr;
  }
  return cls;
}

// ---- Descriptors --------------------------------------------------------------------------------

// A native method bound to `self`: "<built-in method append of list object at 0x...>".
Value bind_native(VM& vm, const NativeFunction& function, const Value& self) {
  Value bound = vm.make_native(function.name, function.fn, self, function.data);
  auto* native = bound.as<NativeFunction>();
  native->is_method = true;
  native->owner = function.owner;
  return bound;
}

// A classmethod's function bound to its class.
Value bind_to_class(VM& vm, const Value& function, Type* cls) {
  if (!function) return vm.raise(vm.exc().RuntimeError, "uninitialized classmethod object");
  if (vm.type_index(function) == kBuiltinFunctionType && !function.as<NativeFunction>()->self) {
    return bind_native(vm, *function.as<NativeFunction>(), Value(cls));
  }
  return vm.make_bound_method(function, Value(cls));
}

Value static_function(VM& vm, const StaticMethod& method) {
  if (!method.function) return vm.raise(vm.exc().RuntimeError, "uninitialized staticmethod object");
  return method.function;
}

// "property 'x' of 'C' object has no setter" (without a name when it is not known).
std::string property_message(VM& vm, const Value& instance, std::string_view name,
                             std::string_view what) {
  std::string message = "property ";
  if (!name.empty()) message += "'" + std::string(name) + "' ";
  return message + "of '" + type_name_of(vm, instance) + "' object has no " + std::string(what);
}

bool is_set(VM& vm, const Value& v) {
  return v && !vm.is_none(v);
}

Value property_get(VM& vm, const Property& property, const Value& instance, std::string_view name) {
  if (!is_set(vm, property.getter)) {
    return raise_attribute_error(vm, property_message(vm, instance, name, "getter"));
  }
  return vm.call(property.getter, {instance});
}

// Stores (value) or deletes (null value) through a property.
bool property_set(VM& vm, const Property& property, const Value& instance, const Value& value,
                  std::string_view name) {
  const Value& function = value ? property.setter : property.deleter;
  if (!is_set(vm, function)) {
    raise_attribute_error(vm, property_message(vm, instance, name, value ? "setter" : "deleter"));
    return false;
  }
  Value result = value ? vm.call(function, {instance, value}) : vm.call(function, {instance});
  return static_cast<bool>(result);
}

// CPython's tp_descr_get: what reading the class attribute `attr` through `instance` gives
// (null instance: read through the class `owner` itself).
Value bind_descriptor(VM& vm, const Value& attr, const Value& instance, Type* owner,
                      std::string_view name) {
  if (!attr.is_object()) return attr;
  Type* attr_type = vm.type_of(attr);
  switch (attr_type->index) {
    case kFunctionType:
      return instance ? vm.make_bound_method(attr, instance) : attr;
    case kBuiltinFunctionType: {
      const auto& native = *attr.as<NativeFunction>();
      if (!instance || !native.is_method || native.self) return attr;
      return bind_native(vm, native, instance);
    }
    case kStaticMethodType:
      return static_function(vm, *attr.as<StaticMethod>());
    case kClassMethodType:
      return bind_to_class(vm, attr.as<ClassMethod>()->function, owner);
    case kPropertyType:
      return instance ? property_get(vm, *attr.as<Property>(), instance, name) : attr;
    default:
      break;
  }
  if (is_core(attr_type)) return attr;
  // User classes (functools.cached_property), module types and subclasses of property & co.
  Value get = lookup(vm, attr_type, "__get__");
  if (!get) return attr;
  return vm.call(get, {attr, instance ? instance : vm.none(), Value(owner)});
}

// Descriptors that take precedence over the instance __dict__.
bool is_data_descriptor(VM& vm, const Value& attr) {
  if (!attr.is_object()) return false;
  Type* attr_type = vm.type_of(attr);
  if (attr_type->index == kPropertyType) return true;
  if (is_core(attr_type)) return false;
  return lookup(vm, attr_type, "__set__") || lookup(vm, attr_type, "__delete__");
}

bool descriptor_set(VM& vm, const Value& attr, const Value& instance, const Value& value,
                    std::string_view name) {
  Type* attr_type = vm.type_of(attr);
  if (attr_type->index == kPropertyType) {
    return property_set(vm, *attr.as<Property>(), instance, value, name);
  }
  const char* method_name = value ? "__set__" : "__delete__";
  Value method = lookup(vm, attr_type, method_name);
  if (!method) {
    raise_attribute_error(vm, method_name);
    return false;
  }
  Value result =
      value ? vm.call(method, {attr, instance, value}) : vm.call(method, {attr, instance});
  return static_cast<bool>(result);
}

// ---- Attributes built into objects --------------------------------------------------------------

// The outcome of looking at an attribute built into an object's struct.
enum class Special { kNotSpecial, kDone, kRaised };

Special done_if(bool ok) {
  return ok ? Special::kDone : Special::kRaised;
}

// StopIteration.value: set by __init__; exceptions the VM made itself take it from args.
Value stop_iteration_value_of(VM& vm, const ExceptionObject& e) {
  if (e.value) return e.value;
  const auto& args = e.args.as<Tuple>()->items;
  return args.empty() ? vm.none() : args[0];
}

Special exception_get(VM& vm, ExceptionObject& e, const Type* type, std::string_view name,
                      Value& out) {
  const ExceptionTypes& exc = vm.exc();
  if (name == "args") {
    out = e.args;
  } else if (name == "__traceback__") {
    out = exception_traceback(vm, e);
  } else if (name == "__cause__") {
    out = or_none(vm, e.cause);
  } else if (name == "__context__") {
    out = or_none(vm, e.context);
  } else if (name == "__suppress_context__") {
    out = vm.boolean(e.suppress_context);
  } else if (name == "__notes__" && e.notes) {
    out = e.notes;
  } else if (name == "value" && VM::is_subtype(type, exc.StopIteration)) {
    out = stop_iteration_value_of(vm, e);
  } else if (name == "exceptions" && e.exceptions) {
    out = e.exceptions;
  } else if (name == "message" && e.exceptions) {
    const auto& args = e.args.as<Tuple>()->items;
    out = args.empty() ? vm.none() : args[0];
  } else {
    return Special::kNotSpecial;
  }
  return Special::kDone;
}

// Attributes CPython's exceptions always have, when nothing was stored under their name.
Special exception_default(VM& vm, const ExceptionObject& e, const Type* type, std::string_view name,
                          Value& out) {
  const ExceptionTypes& exc = vm.exc();
  if (name == "code" && VM::is_subtype(type, exc.SystemExit)) {
    const auto& args = e.args.as<Tuple>()->items;
    out = args.empty() ? vm.none() : args.size() == 1 ? args[0] : e.args;
    return Special::kDone;
  }
  if (VM::is_subtype(type, exc.SyntaxError)) {
    // CPython's SyntaxError.__init__ stores msg = args[0]; the engine raises its own without it.
    static constexpr std::string_view kFields[] = {
        "msg",  "filename",   "lineno",     "offset",
        "text", "end_lineno", "end_offset", "print_file_and_line"};
    if (std::find(std::begin(kFields), std::end(kFields), name) == std::end(kFields))
      return Special::kNotSpecial;
    const auto& args = e.args.as<Tuple>()->items;
    out = name == "msg" && !args.empty() ? args[0] : vm.none();
    return Special::kDone;
  }
  bool named = VM::is_subtype(type, exc.NameError) || VM::is_subtype(type, exc.AttributeError) ||
               VM::is_subtype(type, exc.ImportError);
  if ((name == "name" && named) || (name == "obj" && VM::is_subtype(type, exc.AttributeError)) ||
      (name == "path" && VM::is_subtype(type, exc.ImportError))) {
    out = vm.none();
    return Special::kDone;
  }
  return Special::kNotSpecial;
}

Value code_object(const std::shared_ptr<Code>& code) {
  auto* object = new CodeObject();
  object->set_user_tag(kCodeType);
  object->code = code;
  return Value(object);
}

Special function_get(VM& vm, Function& function, std::string_view name, Value& out) {
  if (name == "__name__") {
    out = function.name;
  } else if (name == "__qualname__") {
    out = function.qualname;
  } else if (name == "__module__") {
    out = or_none(vm, function.module);
  } else if (name == "__doc__") {
    out = or_none(vm, function.doc);
  } else if (name == "__defaults__") {
    out = or_none(vm, function.defaults);
  } else if (name == "__kwdefaults__") {
    out = or_none(vm, function.kwdefaults);
  } else if (name == "__annotations__") {
    // A function defined without annotations gets its dict on first read, as in CPython.
    if (!function.annotations) function.annotations = vm.make_dict();
    out = function.annotations;
  } else if (name == "__globals__") {
    out = function.globals;
  } else if (name == "__closure__") {
    out = or_none(vm, function.closure);
  } else if (name == "__builtins__") {
    out = vm.builtins();
  } else if (name == "__code__") {
    out = code_object(function.code);
  } else {
    return Special::kNotSpecial;
  }
  return Special::kDone;
}

Special native_get(VM& vm, const NativeFunction& native, std::string_view name, Value& out) {
  if (name == "__name__") {
    out = vm.make_str(native.name);
  } else if (name == "__qualname__") {
    out = native.owner ? vm.make_str(native.owner->name + "." + native.name)
                       : vm.make_str(native.name);
  } else if (name == "__self__") {
    out = or_none(vm, native.self);
  } else if (name == "__module__") {
    out = native.is_method || native.self ? vm.none() : vm.make_str(std::string_view("builtins"));
  } else if (name == "__text_signature__") {
    out = vm.none();
  } else {
    return Special::kNotSpecial;
  }
  return Special::kDone;
}

// "gi_running", "cr_running", "ag_running".
std::string running_attribute(Layout layout) {
  switch (layout) {
    case Layout::Coroutine:
      return "cr_running";
    case Layout::AsyncGenerator:
      return "ag_running";
    default:
      return "gi_running";
  }
}

Special generator_get(VM& vm, const GeneratorObject& generator, Layout layout,
                      std::string_view name, Value& out) {
  if (name == "__name__") {
    out = or_none(vm, generator.name);
  } else if (name == "__qualname__") {
    out = or_none(vm, generator.qualname);
  } else if (name == running_attribute(layout)) {
    out = vm.boolean(generator.running);
  } else {
    return Special::kNotSpecial;
  }
  return Special::kDone;
}

// staticmethod and classmethod: __func__, and the wrapped function's metadata (3.10+).
Special wrapper_get(VM& vm, const Value& function, std::string_view name, Value& out) {
  if (name == "__func__" || name == "__wrapped__") {
    out = or_none(vm, function);
    return Special::kDone;
  }
  if (function &&
      (name == "__name__" || name == "__qualname__" || name == "__doc__" || name == "__module__")) {
    out = vm.get_attr(function, name);
    return done_if(static_cast<bool>(out));
  }
  return Special::kNotSpecial;
}

Special code_get(VM& vm, const Code& code, std::string_view name, Value& out) {
  if (name == "co_name") {
    out = vm.make_str(code.name);
  } else if (name == "co_qualname") {
    out = vm.make_str(code.qualname);
  } else if (name == "co_filename") {
    out = code.source ? vm.make_str(code.source->filename) : vm.make_str(std::string_view());
  } else if (name == "co_firstlineno") {
    out = vm.make_int(code.first_line);
  } else if (name == "co_argcount") {
    out = vm.make_int(code.argcount);
  } else if (name == "co_posonlyargcount") {
    out = vm.make_int(code.posonlyargcount);
  } else if (name == "co_kwonlyargcount") {
    out = vm.make_int(code.kwonlyargcount);
  } else if (name == "co_varnames") {
    out = vm.make_tuple(code.varnames);
  } else {
    return Special::kNotSpecial;
  }
  return Special::kDone;
}

// A frame's attributes (tb_frame's, a frame that has gone, have no f_globals, f_locals, f_back).
Special frame_get(VM& vm, FrameObject& frame, std::string_view name, Value& out) {
  if (name == "f_lineno" || name == "f_lasti" || name == "f_locals" || name == "f_back")
    refresh_running_frame(vm, frame);
  const TracebackEntry& entry = frame.entry;
  if (frame.globals && (name == "f_globals" || name == "f_locals")) {
    out = name == "f_globals" ? frame.globals : frame.locals;
  } else if (frame.globals && name == "f_back") {
    // A generator's frame that is not running has none (one that has returned keeps it).
    out = frame.running || !frame.entry.code->is_generator_like() ? or_none(vm, frame.back)
                                                                  : vm.none();
  } else if (name == "f_code") {
    out = code_object(entry.code);
  } else if (name == "f_lineno") {
    out = vm.make_int(entry.code->line_of(entry.instruction));
  } else if (name == "f_lasti") {
    out = vm.make_int(2 * entry.instruction);  // CPython's offset of a 2-byte code unit
  } else {
    return Special::kNotSpecial;
  }
  return Special::kDone;
}

Special traceback_get(VM& vm, TracebackObject& traceback, std::string_view name, Value& out) {
  if (name == "tb_next") {
    out = or_none(vm, traceback.next);
  } else if (name == "tb_lineno") {
    out = vm.make_int(traceback.entry.code->line_of(traceback.entry.instruction));
  } else if (name == "tb_lasti") {
    out = vm.make_int(2 * traceback.entry.instruction);
  } else if (name == "tb_frame") {
    if (!traceback.frame) {
      auto* frame = new FrameObject();
      frame->set_user_tag(kFrameType);
      frame->entry = traceback.entry;
      traceback.frame = Value(frame);
    }
    out = traceback.frame;
  } else {
    return Special::kNotSpecial;
  }
  return Special::kDone;
}

// The attributes an object's struct holds (CPython's getset and member descriptors).
Special special_get(VM& vm, const Value& object, Type* type, std::string_view name, Value& out) {
  if (name == "__class__") {
    out = Value(type);
    return Special::kDone;
  }
  if (name == "__dict__") {
    Value* dict = dict_slot(vm, object, type);
    if (!dict) return Special::kNotSpecial;
    if (!*dict) *dict = vm.make_dict();
    out = *dict;
    return Special::kDone;
  }
  switch (type->layout) {
    case Layout::Exception:
      return exception_get(vm, *vm.as_exception(object), type, name, out);
    case Layout::Function:
      return function_get(vm, *object.as<Function>(), name, out);
    case Layout::NativeFunction:
      return native_get(vm, *object.as<NativeFunction>(), name, out);
    case Layout::BoundMethod: {
      const auto& method = *object.as<BoundMethod>();
      if (name == "__self__") {
        out = method.self;
      } else if (name == "__func__") {
        out = method.function;
      } else {
        return Special::kNotSpecial;
      }
      return Special::kDone;
    }
    case Layout::Generator:
    case Layout::Coroutine:
    case Layout::AsyncGenerator:
      return generator_get(vm, *object.as<GeneratorObject>(), type->layout, name, out);
    case Layout::Property: {
      const auto& property = *object.as<Property>();
      if (name == "fget") {
        out = or_none(vm, property.getter);
      } else if (name == "fset") {
        out = or_none(vm, property.setter);
      } else if (name == "fdel") {
        out = or_none(vm, property.deleter);
      } else if (name == "__doc__") {
        out = or_none(vm, property.doc);
      } else {
        return Special::kNotSpecial;
      }
      return Special::kDone;
    }
    case Layout::StaticMethod:
      return wrapper_get(vm, object.as<StaticMethod>()->function, name, out);
    case Layout::ClassMethod:
      return wrapper_get(vm, object.as<ClassMethod>()->function, name, out);
    case Layout::Slice: {
      const auto& slice = *object.as<SliceObject>();
      if (name == "start") {
        out = or_none(vm, slice.start);
      } else if (name == "stop") {
        out = or_none(vm, slice.stop);
      } else if (name == "step") {
        out = or_none(vm, slice.step);
      } else {
        return Special::kNotSpecial;
      }
      return Special::kDone;
    }
    case Layout::Range: {
      const auto& range = *object.as<RangeObject>();
      if (name == "start") {
        out = vm.make_int(range.start);
      } else if (name == "stop") {
        out = vm.make_int(range.stop);
      } else if (name == "step") {
        out = vm.make_int(range.step);
      } else {
        return Special::kNotSpecial;
      }
      return Special::kDone;
    }
    case Layout::Cell: {
      if (name != "cell_contents") return Special::kNotSpecial;
      out = object.as<Cell>()->value;
      if (out) return Special::kDone;
      vm.value_error("Cell is empty");
      return Special::kRaised;
    }
    default:
      break;
  }
  switch (vm.type_index(object)) {
    case kCodeType:
      return code_get(vm, *object.as<CodeObject>()->code, name, out);
    case kTracebackType:
      return traceback_get(vm, *object.as<TracebackObject>(), name, out);
    case kFrameType:
      return frame_get(vm, *object.as<FrameObject>(), name, out);
    default:
      return Special::kNotSpecial;
  }
}

// What an attribute missing everywhere still reads as.
Special default_get(VM& vm, const Value& object, const Type* type, const Value& name, Value& out) {
  std::string_view text = VM::str_text(name);
  switch (type->layout) {
    case Layout::Exception: {
      Special found = exception_default(vm, *vm.as_exception(object), type, text, out);
      if (found != Special::kNotSpecial) return found;
      break;
    }
    case Layout::Module: {
      if (text == "__annotations__") {
        // As CPython's module getset: an empty dict, kept in the module, before __getattr__.
        out = vm.make_dict();
        vm.dict_set(*object.as<Module>()->dict.as<Dict>(), name, out);
        return Special::kDone;
      }
      // PEP 562: a module-level __getattr__(name).
      Value hook;
      if (vm.dict_get_str(*object.as<Module>()->dict.as<Dict>(), vm.intern("__getattr__"), hook) ==
          1) {
        out = vm.call(hook, {name});
        return done_if(static_cast<bool>(out));
      }
      break;
    }
    default:
      break;
  }
  if (text == "__doc__") {
    out = vm.none();
    return Special::kDone;
  }
  return Special::kNotSpecial;
}

// `obj.__class__ = cls`: between classes whose instances are the same struct.
bool set_class(VM& vm, const Value& object, const Value& value) {
  if (!value) {
    vm.type_error("can't delete __class__ attribute");
    return false;
  }
  if (!is_type(vm, value)) {
    vm.type_error("__class__ must be set to a class, not '" + type_name_of(vm, value) + "' object");
    return false;
  }
  Type* old_type = vm.type_of(object);
  Type* new_type = value.as<Type>();
  if (old_type == new_type) return true;
  bool modules = old_type->layout == Layout::Module && new_type->layout == Layout::Module;
  if (!modules && !(old_type->heap && new_type->heap)) {
    vm.type_error("__class__ assignment only supported for mutable types or ModuleType subclasses");
    return false;
  }
  if (old_type->layout != new_type->layout || solid_base(old_type) != solid_base(new_type)) {
    vm.type_error("__class__ assignment: '" + new_type->name + "' object layout differs from '" +
                  old_type->name + "'");
    return false;
  }
  object.object()->set_user_tag(new_type->index);
  return true;
}

// `obj.__dict__ = d` / `del obj.__dict__`.
Special set_dict_attribute(VM& vm, Value& slot, const Value& value, bool deletable) {
  if (!value) {
    if (!deletable) {
      vm.type_error("cannot delete __dict__");
      return Special::kRaised;
    }
    slot = Value();
    return Special::kDone;
  }
  if (!is_dict(vm, value)) {
    vm.type_error("__dict__ must be set to a dictionary, not a '" + type_name_of(vm, value) + "'");
    return Special::kRaised;
  }
  slot = value;
  return Special::kDone;
}

// `exc.__cause__ = x` / `exc.__context__ = x`.
Special set_chained(VM& vm, Value& slot, const Value& value, std::string_view which) {
  const std::string name(which);
  if (!value) {
    vm.type_error("__" + name + "__ may not be deleted");
    return Special::kRaised;
  }
  if (!vm.is_none(value) && !vm.as_exception(value)) {
    vm.type_error("exception " + name + " must be None or derive from BaseException");
    return Special::kRaised;
  }
  slot = vm.is_none(value) ? Value() : value;  // None: no chained exception
  return Special::kDone;
}

// __notes__ is a plain attribute in CPython; ExceptionObject::notes holds it while it is a list
// (what add_note appends to), the __dict__ otherwise.
Special set_notes(VM& vm, ExceptionObject& e, const Value& object, const Value& value) {
  Value name = vm.intern("__notes__");
  int removed = e.dict ? vm.dict_del(*e.dict.as<Dict>(), name) : 0;
  if (removed < 0) return Special::kRaised;
  if (!value) {
    if (!e.notes && removed == 0) {
      vm.attribute_error(object, name);
      return Special::kRaised;
    }
    e.notes = Value();
    return Special::kDone;
  }
  if (vm.type_of(value)->layout == Layout::List) {
    e.notes = value;
    return Special::kDone;
  }
  e.notes = Value();
  if (!e.dict) e.dict = vm.make_dict();
  return done_if(vm.dict_set(*e.dict.as<Dict>(), name, value));
}

Special exception_set(VM& vm, ExceptionObject& e, const Value& object, const Type* type,
                      std::string_view name, const Value& value) {
  if (name == "args") {
    if (!value) {
      vm.type_error("args may not be deleted");
      return Special::kRaised;
    }
    std::vector<Value> items;
    if (!vm.collect(value, items)) return Special::kRaised;
    e.args = vm.make_tuple(std::move(items));
    return Special::kDone;
  }
  if (name == "__traceback__") {
    if (!value) {
      vm.type_error("__traceback__ may not be deleted");
      return Special::kRaised;
    }
    return done_if(set_exception_traceback(vm, e, value));
  }
  if (name == "__cause__") {
    Special done = set_chained(vm, e.cause, value, "cause");
    if (done == Special::kDone) e.suppress_context = true;
    return done;
  }
  if (name == "__context__") return set_chained(vm, e.context, value, "context");
  if (name == "__suppress_context__") {
    if (!value) {
      vm.type_error("can't delete numeric/char attribute");
      return Special::kRaised;
    }
    if (vm.type_index(value) != kBoolType) {
      vm.type_error("attribute value type must be bool");
      return Special::kRaised;
    }
    e.suppress_context = value.is(vm.true_value());
    return Special::kDone;
  }
  if (name == "__notes__") return set_notes(vm, e, object, value);
  if (name == "value" && VM::is_subtype(type, vm.exc().StopIteration)) {
    e.value = value;
    return Special::kDone;
  }
  if ((name == "exceptions" || name == "message") && e.exceptions) {
    readonly_attribute(vm);
    return Special::kRaised;
  }
  return Special::kNotSpecial;
}

Special function_set(VM& vm, Function& function, std::string_view name, const Value& value) {
  if (name == "__name__" || name == "__qualname__") {
    if (!value || !vm.is_str(value)) {
      vm.type_error(std::string(name) + " must be set to a string object");
      return Special::kRaised;
    }
    (name == "__name__" ? function.name : function.qualname) = value;
    return Special::kDone;
  }
  if (name == "__doc__" || name == "__module__") {
    (name == "__doc__" ? function.doc : function.module) = or_none(vm, value);
    return Special::kDone;
  }
  if (name == "__defaults__" || name == "__kwdefaults__") {
    bool defaults = name == "__defaults__";
    Value& slot = defaults ? function.defaults : function.kwdefaults;
    if (!value || vm.is_none(value)) {
      slot = Value();
      return Special::kDone;
    }
    Layout wanted = defaults ? Layout::Tuple : Layout::Dict;
    if (vm.type_of(value)->layout != wanted) {
      vm.type_error(std::string(name) + " must be set to a " + (defaults ? "tuple" : "dict") +
                    " object");
      return Special::kRaised;
    }
    slot = value;
    return Special::kDone;
  }
  if (name == "__annotations__") {
    // None or deletion leaves none: the next read makes an empty dict.
    if (value && !vm.is_none(value) && !is_dict(vm, value)) {
      vm.type_error("__annotations__ must be set to a dict object");
      return Special::kRaised;
    }
    function.annotations = value && !vm.is_none(value) ? value : Value();
    return Special::kDone;
  }
  if (name == "__globals__" || name == "__closure__" || name == "__builtins__" ||
      name == "__code__") {
    readonly_attribute(vm);
    return Special::kRaised;
  }
  return Special::kNotSpecial;
}

Special generator_set(VM& vm, GeneratorObject& generator, const Type* type, std::string_view name,
                      const Value& value) {
  if (name == "__name__" || name == "__qualname__") {
    if (!value || !vm.is_str(value)) {
      vm.type_error(std::string(name) + " must be set to a string object");
      return Special::kRaised;
    }
    (name == "__name__" ? generator.name : generator.qualname) = value;
    return Special::kDone;
  }
  if (name == running_attribute(type->layout)) {
    not_writable(vm, name, type);
    return Special::kRaised;
  }
  return Special::kNotSpecial;
}

Special raised_readonly(VM& vm) {
  readonly_attribute(vm);
  return Special::kRaised;
}

Special special_set(VM& vm, const Value& object, Type* type, std::string_view name,
                    const Value& value) {
  // Instances of plain classes, the common case: only __class__ and __dict__ are special.
  if (type->layout == Layout::Object && name.size() != 9 && name.size() != 8) {
    return Special::kNotSpecial;
  }
  if (name == "__class__") return done_if(set_class(vm, object, value));
  if (name == "__dict__") {
    if (type->layout == Layout::Module) return raised_readonly(vm);
    Value* dict = dict_slot(vm, object, type);
    if (!dict) return Special::kNotSpecial;
    return set_dict_attribute(vm, *dict, value, type->layout != Layout::Function);
  }
  switch (type->layout) {
    case Layout::Exception:
      return exception_set(vm, *vm.as_exception(object), object, type, name, value);
    case Layout::Function:
      return function_set(vm, *object.as<Function>(), name, value);
    case Layout::NativeFunction:
      if (name == "__name__" || name == "__qualname__" || name == "__self__" ||
          name == "__module__" || name == "__doc__" || name == "__text_signature__") {
        not_writable(vm, name, type);
        return Special::kRaised;
      }
      return Special::kNotSpecial;
    case Layout::BoundMethod:
      if (name == "__self__" || name == "__func__") return raised_readonly(vm);
      if (name == "__doc__") {
        not_writable(vm, name, type);
        return Special::kRaised;
      }
      return Special::kNotSpecial;
    case Layout::Generator:
    case Layout::Coroutine:
    case Layout::AsyncGenerator:
      return generator_set(vm, *object.as<GeneratorObject>(), type, name, value);
    case Layout::Property:
      if (name == "fget" || name == "fset" || name == "fdel") return raised_readonly(vm);
      if (name == "__doc__") {
        object.as<Property>()->doc = value;
        return Special::kDone;
      }
      return Special::kNotSpecial;
    case Layout::StaticMethod:
    case Layout::ClassMethod:
      if (name == "__func__" || name == "__wrapped__") return raised_readonly(vm);
      return Special::kNotSpecial;
    case Layout::Slice:
    case Layout::Range:
      if (name == "start" || name == "stop" || name == "step") return raised_readonly(vm);
      return Special::kNotSpecial;
    case Layout::Cell:
      if (name != "cell_contents") return Special::kNotSpecial;
      object.as<Cell>()->value = value;
      return Special::kDone;
    default:
      return Special::kNotSpecial;
  }
}

// ---- Lookup on instances, classes and super objects ---------------------------------------------

Value object_get_attr(VM& vm, const Value& object, Type* type, const Value& name) {
  std::string_view text = VM::str_text(name);
  Value attr = vm.lookup_in_type(type, name);
  if (attr && is_data_descriptor(vm, attr)) return bind_descriptor(vm, attr, object, type, text);
  Value out;
  switch (special_get(vm, object, type, text, out)) {
    case Special::kDone:
      return out;
    case Special::kRaised:
      return Value();
    case Special::kNotSpecial:
      break;
  }
  if (Value* dict = dict_slot(vm, object, type);
      dict && *dict && vm.dict_get_str(*dict->as<Dict>(), name, out) == 1) {
    return out;
  }
  if (attr) return bind_descriptor(vm, attr, object, type, text);
  // A bound method reads the attributes of its function (__doc__, __name__, __wrapped__...).
  if (type->layout == Layout::BoundMethod)
    return vm.get_attr(object.as<BoundMethod>()->function, name);
  switch (default_get(vm, object, type, name, out)) {
    case Special::kDone:
      return out;
    case Special::kRaised:
      return Value();
    case Special::kNotSpecial:
      break;
  }
  return vm.attribute_error(object, name);
}

bool object_set_attr(VM& vm, const Value& object, Type* type, const Value& name,
                     const Value& value) {
  std::string_view text = VM::str_text(name);
  Value attr = vm.lookup_in_type(type, name);
  if (attr && is_data_descriptor(vm, attr)) return descriptor_set(vm, attr, object, value, text);
  switch (special_set(vm, object, type, text, value)) {
    case Special::kDone:
      return true;
    case Special::kRaised:
      return false;
    case Special::kNotSpecial:
      break;
  }
  if (Value* dict = dict_slot(vm, object, type)) {
    if (value) {
      if (!*dict) *dict = vm.make_dict();
      return vm.dict_set(*dict->as<Dict>(), name, value);
    }
    int removed = *dict ? vm.dict_del(*dict->as<Dict>(), name) : 0;
    if (removed == 0) no_attribute(vm, object, text);
    return removed == 1;
  }
  if (attr) {
    raise_attribute_error(
        vm, "'" + type->name + "' object attribute '" + std::string(text) + "' is read-only");
    return false;
  }
  vm.attribute_error(object, name);
  return false;
}

Value type_get_attr(VM& vm, Type& cls, const Value& name) {
  Value self(&cls);
  std::string_view text = VM::str_text(name);
  Type* meta = vm.type_of(self);
  // A data descriptor of a metaclass (a property defined on it) comes first.
  if (meta->heap) {
    Value attr = vm.lookup_in_type(meta, name);
    if (attr && is_data_descriptor(vm, attr)) return bind_descriptor(vm, attr, self, meta, text);
  }
  if (text == "__name__") return vm.make_str(cls.name);
  if (text == "__qualname__") return vm.make_str(cls.qualname);
  if (text == "__module__") {
    Value module;
    if (cls.heap && vm.dict_get_str(*cls.dict.as<Dict>(), name, module) == 1) return module;
    return vm.make_str(cls.module);
  }
  if (text == "__doc__") {
    Value doc;
    if (vm.dict_get_str(*cls.dict.as<Dict>(), name, doc) == 1) {
      return bind_descriptor(vm, doc, Value(), &cls, text);
    }
    return vm.none();
  }
  if (text == "__annotations__") {
    // CPython 3.10's getset: a class's own annotations, never its bases'; a class without
    // any gets an empty dict on first read, kept in its namespace; built-in types have none.
    if (!cls.heap) return vm.attribute_error(self, name);
    Value annotations;
    Dict& dict = *cls.dict.as<Dict>();
    if (vm.dict_get_str(dict, name, annotations) == 1)
      return bind_descriptor(vm, annotations, Value(), &cls, text);
    annotations = vm.make_dict();
    if (!vm.dict_set(dict, name, annotations)) return Value();
    return annotations;
  }
  if (text == "__mro__") {
    std::vector<Value> mro(cls.mro.begin(), cls.mro.end());
    return vm.make_tuple(std::move(mro));
  }
  if (text == "__bases__") return vm.make_tuple(cls.bases);
  if (text == "__base__") return cls.base ? Value(cls.base) : vm.none();
  if (text == "__dict__") return class_namespace_view(vm, cls.dict);
  if (text == "__class__") return Value(vm.type_of(self));
  if (Value attr = vm.lookup_in_type(&cls, name)) {
    return bind_descriptor(vm, attr, Value(), &cls, text);
  }
  // The metatype's methods (type.mro, a metaclass's), bound to the class.
  if (Value attr = vm.lookup_in_type(meta, name))
    return bind_descriptor(vm, attr, self, meta, text);
  return vm.attribute_error(self, name);
}

Value super_get_attr(VM& vm, const Value& object, const Value& name) {
  const Super& super = *object.as<Super>();
  std::string_view text = VM::str_text(name);
  if (super.self_type && text != "__class__") {
    const std::vector<Type*>& mro = super.self_type->mro;
    auto it = std::find(mro.begin(), mro.end(), super.type);
    if (it != mro.end()) {
      // super(C, C) (in classmethods and __new__) reads attributes as through the class.
      Value instance = super.self.object() == super.self_type ? Value() : super.self;
      for (++it; it != mro.end(); ++it) {
        Value attr;
        if (vm.dict_get_str(*(*it)->dict.as<Dict>(), name, attr) != 1) continue;
        return bind_descriptor(vm, attr, instance, super.self_type, text);
      }
    }
  }
  if (text == "__thisclass__") return Value(super.type);
  if (text == "__self__") return or_none(vm, super.self);
  if (text == "__self_class__") return super.self_type ? Value(super.self_type) : vm.none();
  return object_get_attr(vm, object, vm.type_of(object), name);
}

// ---- Classes ------------------------------------------------------------------------------------

// The classes make_class made, oldest first: a change to a class's attribute hooks
// (__getattr__ & co.) or its __del__ refreshes the flags of its subclasses too.
struct HeapClasses : VM::ModuleState {
  std::vector<Type*> classes;
};

bool defines(VM& vm, const Type* type, std::string_view name) {
  Value unused;
  return vm.dict_get_str(*type->dict.as<Dict>(), vm.intern(name), unused) == 1;
}

bool is_attribute_hook(std::string_view name) {
  return name == "__getattr__" || name == "__getattribute__" || name == "__setattr__" ||
         name == "__delattr__" || name == "__del__";
}

void refresh_attribute_hooks(VM& vm, Type* type) {
  type->has_getattr = false;
  type->has_setattr = false;
  type->has_del = false;
  for (const Type* t : type->mro) {
    if (is_core(t)) continue;
    if (defines(vm, t, "__getattr__") || defines(vm, t, "__getattribute__")) {
      type->has_getattr = true;
    }
    if (defines(vm, t, "__setattr__") || defines(vm, t, "__delattr__")) type->has_setattr = true;
    if (defines(vm, t, "__del__")) type->has_del = true;
  }
}

void attribute_hooks_changed(VM& vm, Type* changed) {
  refresh_attribute_hooks(vm, changed);
  for (Type* cls : modules::module_state<HeapClasses>(vm).classes) {
    if (cls != changed && VM::is_subtype(cls, changed)) refresh_attribute_hooks(vm, cls);
  }
}

bool type_set_attr(VM& vm, Type& cls, const Value& name, const Value& value) {
  Value self(&cls);
  std::string_view text = VM::str_text(name);
  const std::string attribute(text);
  if (!cls.heap) {
    vm.type_error("cannot set '" + attribute + "' attribute of immutable type '" + tp_name(&cls) +
                  "'");
    return false;
  }
  Type* meta = vm.type_of(self);
  if (meta->heap) {
    Value attr = vm.lookup_in_type(meta, name);
    if (attr && is_data_descriptor(vm, attr)) return descriptor_set(vm, attr, self, value, text);
  }
  bool named = text == "__name__" || text == "__qualname__";
  if (!value && (named || text == "__module__" || text == "__doc__" || text == "__bases__")) {
    vm.type_error("cannot delete '" + attribute + "' attribute of immutable type '" + cls.name +
                  "'");
    return false;
  }
  if (named) {
    if (!vm.is_str(value)) {
      vm.type_error("can only assign string to " + cls.name + "." + attribute + ", not '" +
                    type_name_of(vm, value) + "'");
      return false;
    }
    (text == "__name__" ? cls.name : cls.qualname) = VM::str_text(value);
    return true;
  }
  if (text == "__module__" && vm.is_str(value)) cls.module = VM::str_text(value);
  if (text == "__dict__") {
    not_writable(vm, text, vm.type(kTypeType));
    return false;
  }
  if (text == "__mro__" || text == "__base__") {
    readonly_attribute(vm);
    return false;
  }
  if (text == "__bases__") {
    if (vm.type_index(value) != kTupleType) {
      vm.type_error("can only assign tuple to " + cls.name + ".__bases__, not " +
                    type_name_of(vm, value));
    } else {
      vm.type_error("__bases__ assignment is not supported");
    }
    return false;
  }
  if (text == "__class__") return set_class(vm, self, value);
  Dict& dict = *cls.dict.as<Dict>();
  if (value) {
    if (!vm.dict_set(dict, name, value)) return false;
  } else {
    int removed = vm.dict_del(dict, name);
    if (removed == 0 && text == "__annotations__") {
      raise_attribute_error(vm, "__annotations__");  // CPython's type_set_annotations
    } else if (removed == 0) {
      vm.attribute_error(self, name);
    }
    if (removed != 1) return false;
  }
  if (is_attribute_hook(text)) attribute_hooks_changed(vm, &cls);
  return true;
}

bool acceptable_base(const Type* type) {
  if (type->sealed) return false;
  if (!is_core(type)) return true;
  switch (type->index) {
    case kObjectType:
    case kTypeType:
    case kIntType:
    case kFloatType:
    case kComplexType:
    case kStrType:
    case kBytesType:
    case kTupleType:
    case kListType:
    case kDictType:
    case kSetType:
    case kFrozenSetType:
    case kModuleType:
    case kPropertyType:
    case kStaticMethodType:
    case kClassMethodType:
    case kFutureType:
    case kTaskType:
      return true;
    default:
      return false;
  }
}

// The base whose layout the new class extends (CPython's best_base); null when it raised.
Type* best_base(VM& vm, const std::vector<Value>& bases) {
  Type* best = nullptr;
  const Type* winner = nullptr;
  for (const Value& value : bases) {
    Type* base = value.as<Type>();
    if (!acceptable_base(base)) {
      vm.type_error("type '" + tp_name(base) + "' is not an acceptable base type");
      return nullptr;
    }
    const Type* candidate = solid_base(base);
    if (!winner || (!VM::is_subtype(winner, candidate) && VM::is_subtype(candidate, winner))) {
      winner = candidate;
      best = base;
    } else if (!VM::is_subtype(winner, candidate)) {
      vm.type_error("multiple bases have instance lay-out conflict");
      return nullptr;
    }
  }
  return best;
}

// C3 linearisation of `type` over its bases (CPython's mro_implementation); false when raised.
bool linearize(VM& vm, Type* type) {
  for (std::size_t i = 0; i < type->bases.size(); ++i) {
    for (std::size_t j = i + 1; j < type->bases.size(); ++j) {
      if (type->bases[i].is(type->bases[j])) {
        vm.type_error("duplicate base class " + type->bases[i].as<Type>()->name);
        return false;
      }
    }
  }
  std::vector<std::vector<Type*>> sequences;
  std::vector<Type*> bases;
  for (const Value& base : type->bases) {
    sequences.push_back(base.as<Type>()->mro);
    bases.push_back(base.as<Type>());
  }
  sequences.push_back(std::move(bases));
  std::vector<std::size_t> heads(sequences.size(), 0);
  auto in_a_tail = [&](const Type* candidate) {
    for (std::size_t i = 0; i < sequences.size(); ++i) {
      for (std::size_t j = heads[i] + 1; j < sequences[i].size(); ++j) {
        if (sequences[i][j] == candidate) return true;
      }
    }
    return false;
  };
  std::vector<Type*> mro{type};
  for (;;) {
    bool remaining = false;
    Type* next = nullptr;
    for (std::size_t i = 0; i < sequences.size() && !next; ++i) {
      if (heads[i] == sequences[i].size()) continue;
      remaining = true;
      if (!in_a_tail(sequences[i][heads[i]])) next = sequences[i][heads[i]];
    }
    if (!remaining) break;
    if (!next) {
      // Name the classes still at the heads, each once, as CPython's set_mro_error.
      std::vector<const Type*> blocked;
      for (std::size_t i = 0; i < sequences.size(); ++i) {
        if (heads[i] == sequences[i].size()) continue;
        const Type* head = sequences[i][heads[i]];
        if (std::find(blocked.begin(), blocked.end(), head) == blocked.end()) {
          blocked.push_back(head);
        }
      }
      std::string message = "Cannot create a consistent method resolution\norder (MRO) for bases";
      for (std::size_t i = 0; i < blocked.size(); ++i) {
        message += (i ? ", " : " ") + blocked[i]->name;
      }
      vm.type_error(std::move(message));
      return false;
    }
    mro.push_back(next);
    for (std::size_t i = 0; i < sequences.size(); ++i) {
      if (heads[i] < sequences[i].size() && sequences[i][heads[i]] == next) ++heads[i];
    }
  }
  type->mro = std::move(mro);
  return true;
}

// The __name__ of the module whose code is running (type() called without __module__).
Value caller_module_name(VM& vm) {
  Frame* frame = vm.interpreter().current_frame();
  if (!frame || !frame->globals) return Value();
  return vm.dict_get_item(*frame->globals.as<Dict>(), "__name__");
}

// Implicit wrappers of type_new: __new__ is a staticmethod, __init_subclass__ and
// __class_getitem__ are classmethods.
void wrap_implicit_methods(VM& vm, Dict& dict) {
  struct Implicit {
    std::string_view name;
    bool is_static;
  };
  for (const Implicit& implicit : {Implicit{"__new__", true}, Implicit{"__init_subclass__", false},
                                   Implicit{"__class_getitem__", false}}) {
    Value function = vm.dict_get_item(dict, implicit.name);
    if (!function || vm.type_index(function) != kFunctionType) continue;
    Value wrapper;
    if (implicit.is_static) {
      auto* method = new StaticMethod();
      method->set_user_tag(kStaticMethodType);
      method->function = function;
      wrapper = Value(method);
    } else {
      auto* method = new ClassMethod();
      method->set_user_tag(kClassMethodType);
      method->function = function;
      wrapper = Value(method);
    }
    vm.dict_set_item(dict, implicit.name, wrapper);
  }
}

// Calls __set_name__(cls, name) on the class attributes whose class defines it.
bool set_names(VM& vm, Type* type) {
  std::vector<std::pair<Value, Value>> entries;
  for (const DictEntry& entry : type->dict.as<Dict>()->entries) {
    if (entry.key) entries.emplace_back(entry.key, entry.value);
  }
  for (const auto& [key, value] : entries) {
    if (!value.is_object()) continue;
    Type* value_type = vm.type_of(value);
    if (is_core(value_type)) continue;
    Value set_name = lookup(vm, value_type, "__set_name__");
    if (!set_name || vm.call(set_name, {value, Value(type), key})) continue;
    Value cause = vm.take_exception();
    auto key_text = vm.repr_text(key);
    if (!key_text) return false;
    vm.raise(vm.exc().RuntimeError, "Error calling __set_name__ on '" + value_type->name +
                                        "' instance " + *key_text + " in '" + type->name + "'");
    ExceptionObject* error = vm.as_exception(vm.pending_exception());
    error->cause = cause;
    error->context = cause;
    error->suppress_context = true;
    return false;
  }
  return true;
}

// super(cls, cls).__init_subclass__(**kwargs)
bool init_subclass(VM& vm, Type* type, const Value& kwargs) {
  Value hook;
  for (std::size_t i = 1; i < type->mro.size() && !hook; ++i) {
    Value found;
    if (vm.dict_get_str(*type->mro[i]->dict.as<Dict>(), vm.intern("__init_subclass__"), found) ==
        1) {
      hook = found;
    }
  }
  if (!hook) return true;
  Value bound = bind_descriptor(vm, hook, Value(), type, "__init_subclass__");
  if (!bound) return false;
  std::vector<Value> names, values;
  if (kwargs) {
    for (const DictEntry& entry : kwargs.as<Dict>()->entries) {
      if (!entry.key) continue;
      names.push_back(entry.key);
      values.push_back(entry.value);
    }
  }
  CallArgs call;
  call.kwnames = names.data();
  call.kwvalues = values.data();
  call.nkw = static_cast<std::uint32_t>(names.size());
  return static_cast<bool>(vm.call(bound, call));
}

// ---- Encodings: str(bytes, encoding) and bytes(str, encoding) -----------------------------------

enum class Codec { kUtf8, kAscii, kLatin1 };
enum class ErrorHandler {
  kStrict,
  kIgnore,
  kReplace,
  kBackslashReplace,
  kXmlCharRefReplace,
  kUnknown
};

const char* codec_name(Codec codec) {
  switch (codec) {
    case Codec::kUtf8:
      return "utf-8";
    case Codec::kAscii:
      return "ascii";
    case Codec::kLatin1:
      return "latin-1";
  }
  return "utf-8";
}

bool find_codec(VM& vm, const Value& encoding, Codec& codec) {
  if (!encoding) {
    codec = Codec::kUtf8;
    return true;
  }
  std::string name;
  for (char c : VM::str_text(encoding)) {
    name +=
        c == '_' || c == ' ' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (name == "utf-8" || name == "utf8" || name == "u8" || name == "utf") {
    codec = Codec::kUtf8;
  } else if (name == "ascii" || name == "us-ascii" || name == "646") {
    codec = Codec::kAscii;
  } else if (name == "latin-1" || name == "latin1" || name == "latin" || name == "l1" ||
             name == "iso-8859-1" || name == "iso8859-1" || name == "8859") {
    codec = Codec::kLatin1;
  } else {
    vm.raise(vm.exc().LookupError, "unknown encoding: " + VM::str_text(encoding));
    return false;
  }
  return true;
}

ErrorHandler find_handler(const Value& errors) {
  if (!errors) return ErrorHandler::kStrict;
  const std::string& name = VM::str_text(errors);
  if (name == "strict") return ErrorHandler::kStrict;
  if (name == "ignore") return ErrorHandler::kIgnore;
  if (name == "replace") return ErrorHandler::kReplace;
  if (name == "backslashreplace") return ErrorHandler::kBackslashReplace;
  if (name == "xmlcharrefreplace") return ErrorHandler::kXmlCharRefReplace;
  return ErrorHandler::kUnknown;
}

// A builtins exception class by name (UnicodeDecodeError...), UnicodeError when absent.
Type* builtin_exception(VM& vm, std::string_view name) {
  Value found = vm.dict_get_item(*vm.builtins().as<Dict>(), name);
  if (found && is_type(vm, found)) return found.as<Type>();
  return vm.exc().UnicodeError;
}

// An error span the handler does not absorb: raises UnicodeDecodeError/UnicodeEncodeError
// (strict), or LookupError for an unknown handler name.
Value codec_error(VM& vm, ErrorHandler handler, const Value& errors, std::string_view kind,
                  std::string message) {
  if (handler == ErrorHandler::kUnknown) {
    return vm.raise(vm.exc().LookupError,
                    "unknown error handler name '" + VM::str_text(errors) + "'");
  }
  return vm.raise(builtin_exception(vm, kind), std::move(message));
}

std::string hex_byte(unsigned char byte) {
  const char* digits = "0123456789abcdef";
  return {digits[byte >> 4], digits[byte & 15]};
}

std::string decode_message(Codec codec, const std::string& data, std::size_t start, std::size_t end,
                           std::string_view reason) {
  std::string message = "'" + std::string(codec_name(codec)) + "' codec can't decode ";
  if (end - start == 1) {
    message += "byte 0x" + hex_byte(static_cast<unsigned char>(data[start])) + " in position " +
               std::to_string(start);
  } else {
    message += "bytes in position " + std::to_string(start) + "-" + std::to_string(end - 1);
  }
  return message + ": " + std::string(reason);
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

}  // namespace

std::size_t utf8_sequence(const std::string& data, std::size_t i, std::size_t& end,
                          const char*& reason) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(data[k]); };
  unsigned char lead = byte(i);
  if (lead < 0x80) return 1;
  std::size_t continuation = 0;
  unsigned char low = 0x80, high = 0xBF;  // the range of the first continuation byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    continuation = 1;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    continuation = 2;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    continuation = 3;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    end = i + 1;
    reason = "invalid start byte";
    return 0;
  }
  for (std::size_t k = 1; k <= continuation; ++k) {
    if (i + k >= data.size()) {
      end = data.size();
      reason = "unexpected end of data";
      return 0;
    }
    unsigned char b = byte(i + k);
    if (b < (k == 1 ? low : 0x80) || b > (k == 1 ? high : 0xBF)) {
      end = i + k;
      reason = "invalid continuation byte";
      return 0;
    }
  }
  return continuation + 1;
}

namespace {

Value decode_bytes(VM& vm, const std::string& data, const Value& encoding, const Value& errors) {
  Codec codec;
  if (!find_codec(vm, encoding, codec)) return Value();
  ErrorHandler handler = find_handler(errors);
  const std::string replacement = "\xEF\xBF\xBD";  // U+FFFD
  std::string out;
  for (std::size_t i = 0; i < data.size();) {
    auto byte = static_cast<unsigned char>(data[i]);
    std::size_t length = 1, end = i + 1;
    const char* reason = "ordinal not in range(128)";
    if (codec == Codec::kUtf8) {
      length = utf8_sequence(data, i, end, reason);
    } else if (codec == Codec::kLatin1 || byte < 0x80) {
      append_utf8(out, byte);
      ++i;
      continue;
    } else {
      length = 0;
    }
    if (length) {
      out.append(data, i, length);
      i += length;
      continue;
    }
    if (handler == ErrorHandler::kXmlCharRefReplace) {
      return vm.type_error("don't know how to handle UnicodeDecodeError in error callback");
    }
    if (handler == ErrorHandler::kBackslashReplace) {
      for (; i < end; ++i) out += "\\x" + hex_byte(static_cast<unsigned char>(data[i]));
      continue;
    }
    if (handler != ErrorHandler::kIgnore && handler != ErrorHandler::kReplace) {
      return codec_error(vm, handler, errors, "UnicodeDecodeError",
                         decode_message(codec, data, i, end, reason));
    }
    if (handler == ErrorHandler::kReplace) out += replacement;
    i = end;
  }
  return vm.make_str(std::move(out));
}

// The code points of valid UTF-8 text.
std::vector<char32_t> code_points(const std::string& text) {
  std::vector<char32_t> points;
  for (std::size_t i = 0; i < text.size();) {
    auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t c = length == 1   ? lead
                 : length == 2 ? lead & 0x1F
                 : length == 3 ? lead & 0x0F
                               : lead & 0x07;
    for (std::size_t k = 1; k < length && i + k < text.size(); ++k) {
      c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    }
    points.push_back(c);
    i += length;
  }
  return points;
}

// '\xe9', '\u20ac', '\U0001f680' as the encoders' messages show characters.
std::string escaped_character(char32_t c) {
  const char* digits = "0123456789abcdef";
  int width = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
  std::string out = c < 0x100 ? "'\\x" : c < 0x10000 ? "'\\u" : "'\\U";
  for (int shift = (width - 1) * 4; shift >= 0; shift -= 4) out += digits[(c >> shift) & 15];
  return out + "'";
}

Value encode_text(VM& vm, const Value& text, const Value& encoding, const Value& errors) {
  Codec codec;
  if (!find_codec(vm, encoding, codec)) return Value();
  if (codec == Codec::kUtf8) return vm.make_bytes(VM::str_text(text));
  ErrorHandler handler = find_handler(errors);
  const char32_t limit = codec == Codec::kAscii ? 0x80 : 0x100;
  std::vector<char32_t> points = code_points(VM::str_text(text));
  std::string out;
  for (std::size_t i = 0; i < points.size();) {
    if (points[i] < limit) {
      out += static_cast<char>(points[i++]);
      continue;
    }
    std::size_t end = i;
    while (end < points.size() && points[end] >= limit) ++end;
    if (handler == ErrorHandler::kBackslashReplace || handler == ErrorHandler::kXmlCharRefReplace) {
      for (; i < end; ++i) {
        if (handler == ErrorHandler::kXmlCharRefReplace) {
          out += "&#" + std::to_string(static_cast<std::uint32_t>(points[i])) + ";";
        } else {
          std::string escaped = escaped_character(points[i]);  // '\xe9' with its quotes
          out.append(escaped, 1, escaped.size() - 2);
        }
      }
      continue;
    }
    if (handler != ErrorHandler::kIgnore && handler != ErrorHandler::kReplace) {
      std::string message = "'" + std::string(codec_name(codec)) + "' codec can't encode ";
      message +=
          end - i == 1
              ? "character " + escaped_character(points[i]) + " in position " + std::to_string(i)
              : "characters in position " + std::to_string(i) + "-" + std::to_string(end - 1);
      message += ": ordinal not in range(" + std::to_string(limit) + ")";
      return codec_error(vm, handler, errors, "UnicodeEncodeError", std::move(message));
    }
    if (handler == ErrorHandler::kReplace) out.append(end - i, '?');
    i = end;
  }
  return vm.make_bytes(std::move(out));
}

// ---- Constructors of the built-in types ---------------------------------------------------------

// A fresh object of `cls` (a subclass) holding `value`'s contents: str, bytes, tuple, frozenset.
Value retagged(VM& vm, const Value& value, const Type* cls) {
  Value copy;
  switch (cls->layout) {
    case Layout::Str:
      copy = vm.make_str(VM::str_text(value));
      break;
    case Layout::Bytes:
      copy = vm.make_bytes(value.as<BytesObject>()->data);
      break;
    case Layout::Tuple:
      copy = vm.make_tuple(value.as<Tuple>()->items);
      break;
    default: {  // frozenset
      copy = vm.make_set(true);
      settable_merge(vm, copy.as<SetObject>()->table, value.as<SetObject>()->table);
      break;
    }
  }
  copy.object()->set_user_tag(cls->index);
  return copy;
}

// str(object='') / str(object=b'', encoding='utf-8', errors='strict'): an exact str.
Value construct_str(VM& vm, const CallArgs& args) {
  Value bound[3];
  if (!parse_arguments(vm, args, "str", {"object", "encoding", "errors"}, bound)) return Value();
  const Value& object = bound[0];
  if (!bound[1] && !bound[2]) {
    if (!object) return vm.make_str(std::string_view());
    Value text = vm.str(object);
    if (!text || vm.type_index(text) == kStrType) return text;
    return vm.make_str(VM::str_text(text));  // a str subclass from __str__
  }
  if (!optional_str_argument(vm, bound[1], "str", "encoding") ||
      !optional_str_argument(vm, bound[2], "str", "errors")) {
    return Value();
  }
  if (!object) return vm.make_str(std::string_view());
  if (vm.is_str(object)) return vm.type_error("decoding str is not supported");
  if (vm.type_of(object)->layout != Layout::Bytes) {
    return vm.type_error("decoding to str: need a bytes-like object, " + type_name_of(vm, object) +
                         " found");
  }
  return decode_bytes(vm, object.as<BytesObject>()->data, bound[1], bound[2]);
}

// bytes(source, encoding, errors): an exact bytes (or a __bytes__ result).
Value construct_bytes(VM& vm, const CallArgs& args) {
  Value bound[3];
  if (!parse_arguments(vm, args, "bytes", {"source", "encoding", "errors"}, bound)) return Value();
  const Value& source = bound[0];
  const Value& encoding = bound[1];
  const Value& errors = bound[2];
  if (!optional_str_argument(vm, encoding, "bytes", "encoding") ||
      !optional_str_argument(vm, errors, "bytes", "errors")) {
    return Value();
  }
  if (!source) {
    if (encoding || errors) return vm.type_error("encoding or errors without sequence argument");
    return vm.make_bytes("");
  }
  if (vm.is_str(source)) {
    if (!encoding) return vm.type_error("string argument without an encoding");
    return encode_text(vm, source, encoding, errors);
  }
  if (encoding) return vm.type_error("encoding without a string argument");
  if (errors) return vm.type_error("errors without a string argument");
  Type* source_type = vm.type_of(source);
  if (source_type->layout == Layout::Bytes) {
    if (source_type->index == kBytesType) return source;
    return vm.make_bytes(source.as<BytesObject>()->data);
  }
  if (!is_core(source_type)) {
    if (Value method = lookup(vm, source_type, "__bytes__")) {
      Value result = vm.call(method, {source});
      if (result && vm.type_of(result)->layout != Layout::Bytes) {
        return vm.type_error("__bytes__ returned non-bytes (type " + type_name_of(vm, result) +
                             ")");
      }
      return result;
    }
  }
  if (vm.is_int(source) || (!is_core(source_type) && lookup(vm, source_type, "__index__"))) {
    std::int64_t count;
    if (!vm.to_index(source, count)) return Value();
    if (count < 0) return vm.value_error("negative count");
    return vm.make_bytes(std::string(static_cast<std::size_t>(count), '\0'));
  }
  Value iterator = vm.iter(source);
  if (!iterator) {
    if (!vm.pending_is(vm.exc().TypeError)) return Value();
    vm.take_exception();
    return vm.type_error("cannot convert '" + type_name_of(vm, source) + "' object to bytes");
  }
  std::string data;
  while (Value item = vm.next(iterator)) {
    std::int64_t n;
    if (!vm.to_index(item, n)) return Value();
    if (n < 0 || n > 255) return vm.value_error("bytes must be in range(0, 256)");
    data += static_cast<char>(n);
  }
  if (vm.has_pending_exception()) return Value();
  return vm.make_bytes(std::move(data));
}

Value construct_tuple(VM& vm, const CallArgs& args) {
  if (!check_arity(vm, args, "tuple", 0, 1)) return Value();
  if (args.nargs == 0) return vm.make_tuple({});
  if (vm.type_index(args[0]) == kTupleType) return args[0];
  std::vector<Value> items;
  if (!vm.collect(args[0], items)) return Value();
  return vm.make_tuple(std::move(items));
}

// Fills a list, dict or set as their __init__ do.
bool fill_list(VM& vm, List& list, const CallArgs& args) {
  if (!check_arity(vm, args, "list", 0, 1)) return false;
  list.items.clear();
  if (args.nargs == 0) return true;
  std::vector<Value> items;
  if (!vm.collect(args[0], items)) return false;
  list.items.insert(list.items.end(), items.begin(), items.end());
  return true;
}

bool fill_dict(VM& vm, Dict& dict, const CallArgs& args) {
  if (args.nargs > 1) {
    vm.type_error("dict expected at most 1 argument, got " + std::to_string(args.nargs));
    return false;
  }
  if (args.nargs == 1 && !dict_update_from(vm, dict, args[0])) return false;
  for (std::uint32_t k = 0; k < args.nkw; ++k) {
    if (!vm.dict_set(dict, args.kwnames[k], args.kwvalues[k])) return false;
  }
  return true;
}

bool fill_set(VM& vm, SetObject& set, const CallArgs& args, std::string_view name) {
  if (!check_arity(vm, args, name, 0, 1)) return false;
  settable_clear(set.table);
  if (args.nargs == 0) return true;
  return set_update_from(vm, Value(static_cast<Object*>(&set)), args[0]);
}

Value construct_frozenset(VM& vm, const CallArgs& args) {
  if (args.nargs == 1 && args.nkw == 0 && vm.type_index(args[0]) == kFrozenSetType) return args[0];
  Value set = vm.make_set(true);
  if (!fill_set(vm, *set.as<SetObject>(), args, "frozenset")) return Value();
  return set;
}

Value construct_range(VM& vm, const CallArgs& args) {
  if (!check_arity(vm, args, "range", 1, 3)) return Value();
  std::int64_t start = 0, stop = 0, step = 1;
  if (args.nargs == 1) {
    if (!vm.to_index(args[0], stop)) return Value();
  } else if (!vm.to_index(args[0], start) || !vm.to_index(args[1], stop) ||
             (args.nargs == 3 && !vm.to_index(args[2], step))) {
    return Value();
  }
  if (step == 0) return vm.value_error("range() arg 3 must not be zero");
  return vm.make_range(start, stop, step);
}

Value construct_slice(VM& vm, const CallArgs& args) {
  if (!check_arity(vm, args, "slice", 1, 3)) return Value();
  auto* slice = new SliceObject();
  slice->set_user_tag(kSliceType);
  slice->start = args.nargs == 1 ? vm.none() : args[0];
  slice->stop = args.nargs == 1 ? args[0] : args[1];
  slice->step = args.nargs == 3 ? args[2] : vm.none();
  return Value(slice);
}

// super(), super(type), super(type, obj).
Value construct_super(VM& vm, const CallArgs& args) {
  if (!no_keywords(vm, args, "super")) return Value();
  if (args.nargs > 2) {
    return vm.type_error("super() expected at most 2 arguments, got " + std::to_string(args.nargs));
  }
  Value start, self;
  if (args.nargs == 0) {
    if (!current_super_args(vm, start, self)) return Value();
  } else {
    start = args[0];
    if (args.nargs == 2 && !vm.is_none(args[1])) self = args[1];
  }
  if (!is_type(vm, start)) {
    return vm.type_error("super() argument 1 must be a type, not " + type_name_of(vm, start));
  }
  Type* type = start.as<Type>();
  Type* self_type = nullptr;
  if (self) {
    if (is_type(vm, self) && VM::is_subtype(self.as<Type>(), type)) {
      self_type = self.as<Type>();
    } else if (vm.is_instance(self, type)) {
      self_type = vm.type_of(self);
    } else {
      return vm.type_error("super(type, obj): obj must be an instance or subtype of type");
    }
  }
  auto* super = new Super();
  super->set_user_tag(kSuperType);
  super->type = type;
  super->self = self;
  super->self_type = self_type;
  return Value(super);
}

// types.MethodType(function, instance)
Value construct_method(VM& vm, const CallArgs& args) {
  if (!check_arity(vm, args, "method", 2, 2)) return Value();
  if (!vm.is_callable(args[0])) return vm.type_error("first argument must be callable");
  if (vm.is_none(args[1])) return vm.type_error("instance must not be None");
  return vm.make_bound_method(args[0], args[1]);
}

// NoneType(), NotImplementedType(), EllipsisType(): the singletons.
Value construct_singleton(VM& vm, const CallArgs& args, std::string_view type_name,
                          const Value& singleton) {
  if (args.nargs || args.nkw) return vm.type_error(std::string(type_name) + " takes no arguments");
  return singleton;
}

Value object_new(VM& vm, CallArgs args);
Value object_init(VM& vm, CallArgs args);

// type_call: cls.__new__(cls, ...), then __init__ when the result is an instance of cls.
Value construct_generic(VM& vm, Type& type, const CallArgs& args) {
  Value cls(&type);
  Value new_attr = lookup(vm, &type, "__new__");
  if (!new_attr) return cannot_create(vm, &type);
  Value instance = vm.call_with_first(unwrap_static(vm, new_attr), cls, args);
  if (!instance) return Value();
  Type* instance_type = vm.type_of(instance);
  if (!VM::is_subtype(instance_type, &type)) return instance;
  Type* init_owner = instance_type;
  Value init = lookup(vm, init_owner, "__init__");
  if (!init || (is_native(init, object_init) && args.nargs == 0 && args.nkw == 0)) return instance;
  Value result;
  std::uint32_t init_tag = vm.type_index(init);
  if (init_tag == kFunctionType || init_tag == kBuiltinFunctionType) {
    result = vm.call_with_first(init, instance, args);
  } else {
    Value bound = bind_descriptor(vm, init, instance, init_owner, "__init__");
    if (!bound) return Value();
    result = vm.call(bound, args);
  }
  if (!result) return Value();
  if (!vm.is_none(result)) {
    return vm.type_error("__init__() should return None, not '" + type_name_of(vm, result) + "'");
  }
  return instance;
}

// ---- Methods of object and type -----------------------------------------------------------------

Value object_new(VM& vm, CallArgs args) {
  Type* object_type = vm.type(kObjectType);
  Type* cls = new_target(vm, args, object_type);
  if (!cls) return Value();
  if (solid_base(cls) != object_type) return cannot_create(vm, cls);
  if (args.nargs > 1 || args.nkw) {
    if (!is_native(unwrap_static(vm, lookup(vm, cls, "__new__")), object_new)) {
      return vm.type_error("object.__new__() takes exactly one argument (the type to instantiate)");
    }
    if (is_native(lookup(vm, cls, "__init__"), object_init)) {
      return vm.type_error(cls->name + "() takes no arguments");
    }
  }
  // object() too is an Instance, so that code reading Layout::Object values as Instances stays
  // safe; its dict is never used (dict_slot gives it no __dict__).
  return vm.make_instance(cls);
}

Value object_init(VM& vm, CallArgs args) {
  if (args.nargs == 0) {
    return vm.type_error("descriptor '__init__' of 'object' object needs an argument");
  }
  if (args.nargs > 1 || args.nkw) {
    Type* type = vm.type_of(args[0]);
    if (!is_native(lookup(vm, type, "__init__"), object_init)) {
      return vm.type_error(
          "object.__init__() takes exactly one argument (the instance to initialize)");
    }
    if (is_native(unwrap_static(vm, lookup(vm, type, "__new__")), object_new)) {
      return vm.type_error(type->name +
                           ".__init__() takes exactly one argument (the instance to initialize)");
    }
  }
  return vm.none();
}

Value object_eq(VM& vm, CallArgs args) {
  if (!require_self(vm, args, vm.type(kObjectType), "__eq__") ||
      !expect_arguments(vm, args, "__eq__", 1)) {
    return Value();
  }
  return args[0].is(args[1]) ? vm.true_value() : vm.not_implemented();
}

// object.__ne__: the inverse of the class's __eq__, unless that is NotImplemented.
Value object_ne(VM& vm, CallArgs args) {
  if (!require_self(vm, args, vm.type(kObjectType), "__ne__") ||
      !expect_arguments(vm, args, "__ne__", 1)) {
    return Value();
  }
  Value eq = lookup(vm, vm.type_of(args[0]), "__eq__");
  Value result = is_native(eq, object_eq) ? builtin_compare(vm, args[0], args[1], kEq)
                                          : vm.call(eq, {args[0], args[1]});
  if (!result || result.is(vm.not_implemented())) return result;
  int truth = vm.truthy(result);
  if (truth < 0) return Value();
  return vm.boolean(!truth);
}

// object.__hash__: the identity hash, as protocols.cpp computes it.
Value object_hash(VM& vm, CallArgs args) {
  if (!require_self(vm, args, vm.type(kObjectType), "__hash__") ||
      !expect_arguments(vm, args, "__hash__", 0)) {
    return Value();
  }
  if (!args[0].is_object()) return vm.make_int(args[0].small_value());  // object.__hash__(5)
  return vm.make_int(vm.identity_hash(args[0].object()));
}

Value object_repr(VM& vm, CallArgs args) {
  if (!require_self(vm, args, vm.type(kObjectType), "__repr__") ||
      !expect_arguments(vm, args, "__repr__", 0)) {
    return Value();
  }
  return builtin_repr(vm, args[0]);
}

Value object_str(VM& vm, CallArgs args) {
  if (!require_self(vm, args, vm.type(kObjectType), "__str__") ||
      !expect_arguments(vm, args, "__str__", 0)) {
    return Value();
  }
  return vm.repr(args[0]);
}

Value object_format(VM& vm, CallArgs args) {
  if (!require_self(vm, args, vm.type(kObjectType), "__format__") ||
      !check_arity(vm, after_self(args), "object.__format__", 1, 1)) {
    return Value();
  }
  if (!vm.is_str(args[1])) {
    return vm.type_error("__format__() argument must be str, not " + type_name_of(vm, args[1]));
  }
  return builtin_format(vm, args[0], args[1]);
}

bool attribute_name(VM& vm, const Value& name) {
  if (vm.is_str(name)) return true;
  vm.type_error("attribute name must be string, not '" + type_name_of(vm, name) + "'");
  return false;
}

Value object_getattribute(VM& vm, CallArgs args) {
  if (!require_self(vm, args, vm.type(kObjectType), "__getattribute__") ||
      !expect_arguments(vm, args, "__getattribute__", 1) || !attribute_name(vm, args[1])) {
    return Value();
  }
  return generic_get_attr(vm, args[0], args[1]);
}

Value object_setattr(VM& vm, CallArgs args) {
  if (!require_self(vm, args, vm.type(kObjectType), "__setattr__") ||
      !expect_arguments(vm, args, "__setattr__", 2, " ") || !attribute_name(vm, args[1])) {
    return Value();
  }
  return generic_set_attr(vm, args[0], args[1], args[2]) ? vm.none() : Value();
}

Value object_delattr(VM& vm, CallArgs args) {
  if (!require_self(vm, args, vm.type(kObjectType), "__delattr__") ||
      !expect_arguments(vm, args, "__delattr__", 1) || !attribute_name(vm, args[1])) {
    return Value();
  }
  return generic_set_attr(vm, args[0], args[1], Value()) ? vm.none() : Value();
}

// object.__dir__: the instance's attributes, then those of its class and bases (for a class,
// its own MRO's; for a module, its dict).
Value object_dir(VM& vm, CallArgs args) {
  if (!require_self(vm, args, vm.type(kObjectType), "__dir__") ||
      !check_arity(vm, after_self(args), "object.__dir__", 0, 0)) {
    return Value();
  }
  const Value& self = args[0];
  Value names = vm.make_dict();  // ordered and without repeats
  auto add_keys = [&](const Value& dict) {
    if (!dict) return true;
    for (const DictEntry& entry : dict.as<Dict>()->entries) {
      if (entry.key && !vm.dict_set(*names.as<Dict>(), entry.key, vm.none())) return false;
    }
    return true;
  };
  Type* type = vm.type_of(self);
  bool ok = true;
  if (type->layout == Layout::Type) {
    for (const Type* t : self.as<Type>()->mro) ok = ok && add_keys(t->dict);
  } else {
    if (Value* dict = dict_slot(vm, self, type)) ok = add_keys(*dict);
    if (type->layout != Layout::Module) {
      for (const Type* t : type->mro) ok = ok && add_keys(t->dict);
    }
  }
  if (!ok) return Value();
  std::vector<Value> keys;
  for (const DictEntry& entry : names.as<Dict>()->entries) keys.push_back(entry.key);
  return vm.make_list(std::move(keys));
}

// object.__init_subclass__ (a classmethod): accepts nothing.
Value object_init_subclass(VM& vm, CallArgs args) {
  if (args.nkw) {
    std::string owner =
        args.nargs && is_type(vm, args[0]) ? args[0].as<Type>()->qualname : "object";
    return vm.type_error(owner + ".__init_subclass__() takes no keyword arguments");
  }
  if (args.nargs > 1) {
    return vm.type_error("object.__init_subclass__() takes no arguments (" +
                         std::to_string(args.nargs - 1) + " given)");
  }
  return vm.none();
}

Value type_new(VM& vm, CallArgs args) {
  Type* metatype = new_target(vm, args, vm.type(kTypeType));
  if (!metatype) return Value();
  CallArgs rest = after_self(args);
  if (metatype->index == kTypeType && rest.nargs == 1 && rest.nkw == 0) {
    return Value(vm.type_of(rest[0]));
  }
  if (rest.nargs != 3) {
    return vm.type_error("type.__new__() takes exactly 3 arguments (" + std::to_string(rest.nargs) +
                         " given)");
  }
  // The most derived metaclass of the bases makes the class; its own __new__ if it has one.
  if (vm.type_of(rest[1])->layout == Layout::Tuple) {
    Type* winner = calculate_metaclass(vm, metatype, rest[1].as<Tuple>()->items);
    if (!winner) return Value();
    if (winner != metatype) {
      Value winner_new = unwrap_static(vm, lookup(vm, winner, "__new__"));
      bool inherited = winner_new.is_object() &&
                       winner_new.object()->user_tag() == kBuiltinFunctionType &&
                       winner_new.as<NativeFunction>()->fn == type_new;
      if (winner_new && !inherited) {
        return vm.call_with_first(winner_new, Value(winner), rest);
      }
      metatype = winner;
    }
  }
  Value kwargs = keywords_dict(vm, rest);
  if (rest.nkw && !kwargs) return Value();
  return make_class(vm, rest[0], rest[1], rest[2], kwargs, metatype);
}

// type.__call__(cls, *args, **kwargs): what calling a class does (a metaclass's __call__ reaches
// it through super()).
Value type_call(VM& vm, CallArgs args) {
  if (!require_self(vm, args, vm.type(kTypeType), "__call__")) return Value();
  return construct(vm, *args[0].as<Type>(), after_self(args));
}

// type.__prepare__(name, bases, **kwargs) (a classmethod): a fresh namespace.
Value type_prepare(VM& vm, CallArgs) {
  return vm.make_dict();
}

Value type_init(VM& vm, CallArgs args) {
  if (!require_self(vm, args, vm.type(kTypeType), "__init__")) return Value();
  if (args.nargs != 2 && args.nargs != 4) {
    return vm.type_error("type.__init__() takes 1 or 3 arguments");
  }
  return vm.none();
}

Value type_mro(VM& vm, CallArgs args) {
  if (!require_self(vm, args, vm.type(kTypeType), "mro") ||
      !check_arity(vm, after_self(args), "type.mro", 0, 0)) {
    return Value();
  }
  const std::vector<Type*>& mro = args[0].as<Type>()->mro;
  return vm.make_list(std::vector<Value>(mro.begin(), mro.end()));
}

// ---- __new__ and __init__ of the built-in types (reached by subclasses and explicit calls) ------

Value int_new(VM& vm, CallArgs args) {
  Type* cls = new_target(vm, args, vm.type(kIntType));
  return cls ? construct_int(vm, *cls, after_self(args)) : Value();
}

Value float_new(VM& vm, CallArgs args) {
  Type* cls = new_target(vm, args, vm.type(kFloatType));
  return cls ? construct_float(vm, *cls, after_self(args)) : Value();
}

Value bool_new(VM& vm, CallArgs args) {
  return new_target(vm, args, vm.type(kBoolType)) ? construct_bool(vm, after_self(args)) : Value();
}

// The __new__ of an immutable built-in: the exact value, copied into a subclass instance.
template <BuiltinTypeIndex kOwner>
Value immutable_new(VM& vm, CallArgs args) {
  Type* cls = new_target(vm, args, vm.type(kOwner));
  if (!cls) return Value();
  CallArgs rest = after_self(args);
  Value value;
  if constexpr (kOwner == kStrType) {
    value = construct_str(vm, rest);
  } else if constexpr (kOwner == kBytesType) {
    value = construct_bytes(vm, rest);
  } else if constexpr (kOwner == kTupleType) {
    value = construct_tuple(vm, rest);
  } else {
    static_assert(kOwner == kFrozenSetType);
    value = construct_frozenset(vm, rest);
  }
  if (!value || cls->index == kOwner) return value;
  return retagged(vm, value, cls);
}

// The __new__ of the types whose __init__ fills the object: an empty one of class cls.
template <BuiltinTypeIndex kOwner>
Value empty_new(VM& vm, CallArgs args) {
  Type* cls = new_target(vm, args, vm.type(kOwner));
  if (!cls) return Value();
  Value made;
  if constexpr (kOwner == kListType) {
    made = vm.make_list();
  } else if constexpr (kOwner == kDictType) {
    made = vm.make_dict();
  } else if constexpr (kOwner == kSetType) {
    made = vm.make_set();
  } else if constexpr (kOwner == kPropertyType) {
    made = Value(new Property());
  } else if constexpr (kOwner == kStaticMethodType) {
    made = Value(new StaticMethod());
  } else if constexpr (kOwner == kClassMethodType) {
    made = Value(new ClassMethod());
  } else {
    static_assert(kOwner == kModuleType);
    auto* module = new Module();
    module->name = vm.make_str(std::string_view("?"));
    module->dict = vm.make_dict();
    made = Value(module);
  }
  made.object()->set_user_tag(cls->index);
  return made;
}

Value str_str(VM& vm, CallArgs args) {
  if (!require_self(vm, args, vm.type(kStrType), "__str__") ||
      !expect_arguments(vm, args, "__str__", 0)) {
    return Value();
  }
  if (vm.type_index(args[0]) == kStrType) return args[0];
  return vm.make_str(VM::str_text(args[0]));
}

Value list_init(VM& vm, CallArgs args) {
  if (!require_self(vm, args, vm.type(kListType), "__init__")) return Value();
  return fill_list(vm, *args[0].as<List>(), after_self(args)) ? vm.none() : Value();
}

Value dict_init(VM& vm, CallArgs args) {
  if (!require_self(vm, args, vm.type(kDictType), "__init__")) return Value();
  return fill_dict(vm, *args[0].as<Dict>(), after_self(args)) ? vm.none() : Value();
}

Value set_init(VM& vm, CallArgs args) {
  if (!require_self(vm, args, vm.type(kSetType), "__init__")) return Value();
  return fill_set(vm, *args[0].as<SetObject>(), after_self(args), "set") ? vm.none() : Value();
}

Value module_init(VM& vm, CallArgs args) {
  if (!require_self(vm, args, vm.type(kModuleType), "__init__")) return Value();
  Value bound[2];
  if (!bind_clinic_args(vm, after_self(args), "module", {"name", "doc"}, 0, 2, 1, bound))
    return Value();
  if (!vm.is_str(bound[0])) {
    return vm.type_error("module() argument 'name' must be str, not " + type_name_of(vm, bound[0]));
  }
  Module& module = *args[0].as<Module>();
  module.name = bound[0];
  Dict& dict = *module.dict.as<Dict>();
  bool ok = vm.dict_set_item(dict, "__name__", bound[0]) &&
            vm.dict_set_item(dict, "__doc__", or_none(vm, bound[1])) &&
            vm.dict_set_item(dict, "__package__", vm.none()) &&
            vm.dict_set_item(dict, "__loader__", vm.none()) &&
            vm.dict_set_item(dict, "__spec__", vm.none());
  return ok ? vm.none() : Value();
}

// ---- property, staticmethod, classmethod, function ----------------------------------------------

Value property_init(VM& vm, CallArgs args) {
  if (!require_self(vm, args, vm.type(kPropertyType), "__init__")) return Value();
  Value bound[4];
  if (!parse_arguments(vm, after_self(args), "property", {"fget", "fset", "fdel", "doc"}, bound)) {
    return Value();
  }
  Property& property = *args[0].as<Property>();
  property.getter = bound[0];
  property.setter = bound[1];
  property.deleter = bound[2];
  Value doc = bound[3];
  if (!is_set(vm, doc) && is_set(vm, property.getter)) {
    doc = vm.get_attr_opt(property.getter, vm.intern("__doc__"));
    if (vm.has_pending_exception()) return Value();
  }
  property.doc = doc;
  return vm.none();
}

// property.getter/setter/deleter: a copy of the property (of its class) with one function
// replaced.
template <int kReplaced>
Value property_copy(VM& vm, CallArgs args) {
  static const char* names[] = {"getter", "setter", "deleter"};
  const std::string method = names[kReplaced];
  if (!require_self(vm, args, vm.type(kPropertyType), method) ||
      !check_arity(vm, after_self(args), "property." + method, 1, 1)) {
    return Value();
  }
  const Property& property = *args[0].as<Property>();
  Value functions[3] = {property.getter, property.setter, property.deleter};
  functions[kReplaced] = args[1];
  Value doc = property.doc;
  // A doc taken from the old getter is taken again from the new one.
  if (is_set(vm, doc) && is_set(vm, property.getter)) {
    Value getter_doc = vm.get_attr_opt(property.getter, vm.intern("__doc__"));
    if (vm.has_pending_exception()) return Value();
    if (getter_doc.is(doc)) doc = Value();
  }
  return vm.call(Value(vm.type_of(args[0])), {or_none(vm, functions[0]), or_none(vm, functions[1]),
                                              or_none(vm, functions[2]), or_none(vm, doc)});
}

// __get__(instance, owner=None) arity, as CPython's wrappers check it.
bool get_arity(VM& vm, const CallArgs& args) {
  return check_arity(vm, after_self(args), "", 1, 2);
}

bool instance_and_owner_none(VM& vm, const CallArgs& args) {
  if (!vm.is_none(args[1]) || (args.nargs == 3 && !vm.is_none(args[2]))) return false;
  vm.type_error("__get__(None, None) is invalid");
  return true;
}

Value property_get_method(VM& vm, CallArgs args) {
  if (!require_self(vm, args, vm.type(kPropertyType), "__get__") || !get_arity(vm, args)) {
    return Value();
  }
  if (vm.is_none(args[1])) return args[0];
  return property_get(vm, *args[0].as<Property>(), args[1], "");
}

Value property_set_method(VM& vm, CallArgs args) {
  if (!require_self(vm, args, vm.type(kPropertyType), "__set__") ||
      !expect_arguments(vm, args, "__set__", 2, " ")) {
    return Value();
  }
  return property_set(vm, *args[0].as<Property>(), args[1], args[2], "") ? vm.none() : Value();
}

Value property_delete_method(VM& vm, CallArgs args) {
  if (!require_self(vm, args, vm.type(kPropertyType), "__delete__") ||
      !expect_arguments(vm, args, "__delete__", 1)) {
    return Value();
  }
  return property_set(vm, *args[0].as<Property>(), args[1], Value(), "") ? vm.none() : Value();
}

// staticmethod.__init__ and classmethod.__init__: "staticmethod expected 1 argument, got 0".
template <BuiltinTypeIndex kOwner>
Value wrapper_init(VM& vm, CallArgs args) {
  const char* name = kOwner == kStaticMethodType ? "staticmethod" : "classmethod";
  if (!require_self(vm, args, vm.type(kOwner), "__init__") || !no_keywords(vm, args, name)) {
    return Value();
  }
  if (args.nargs != 2) {
    return vm.type_error(std::string(name) + " expected 1 argument, got " +
                         std::to_string(args.nargs - 1));
  }
  if constexpr (kOwner == kStaticMethodType) {
    args[0].as<StaticMethod>()->function = args[1];
  } else {
    args[0].as<ClassMethod>()->function = args[1];
  }
  return vm.none();
}

Value staticmethod_get(VM& vm, CallArgs args) {
  if (!require_self(vm, args, vm.type(kStaticMethodType), "__get__") || !get_arity(vm, args) ||
      instance_and_owner_none(vm, args)) {
    return Value();
  }
  return static_function(vm, *args[0].as<StaticMethod>());
}

Value classmethod_get(VM& vm, CallArgs args) {
  if (!require_self(vm, args, vm.type(kClassMethodType), "__get__") || !get_arity(vm, args) ||
      instance_and_owner_none(vm, args)) {
    return Value();
  }
  Value owner = args.nargs == 3 && !vm.is_none(args[2]) ? args[2] : Value(vm.type_of(args[1]));
  if (!is_type(vm, owner)) return vm.type_error("descriptor owner must be a type");
  return bind_to_class(vm, args[0].as<ClassMethod>()->function, owner.as<Type>());
}

Value function_get_method(VM& vm, CallArgs args) {
  if (!require_self(vm, args, vm.type(kFunctionType), "__get__") || !get_arity(vm, args) ||
      instance_and_owner_none(vm, args)) {
    return Value();
  }
  if (vm.is_none(args[1])) return args[0];
  return vm.make_bound_method(args[0], args[1]);
}

// ---- Exceptions ---------------------------------------------------------------------------------

ExceptionObject* exception_self(VM& vm, const CallArgs& args, Type* owner,
                                std::string_view method) {
  return require_self(vm, args, owner, method) ? vm.as_exception(args[0]) : nullptr;
}

Value exception_new(VM& vm, CallArgs args) {
  Type* cls = new_target(vm, args, vm.exc().BaseException);
  if (!cls) return Value();
  return vm.new_exception(cls, std::vector<Value>(args.args + 1, args.args + args.nargs));
}

Value exception_init(VM& vm, CallArgs args) {
  ExceptionObject* e = exception_self(vm, args, vm.exc().BaseException, "__init__");
  if (!e) return Value();
  if (args.nkw) return vm.type_error(vm.type_of(args[0])->name + "() takes no keyword arguments");
  e->args = vm.make_tuple(std::vector<Value>(args.args + 1, args.args + args.nargs));
  return vm.none();
}

Value stop_iteration_init(VM& vm, CallArgs args) {
  if (!exception_self(vm, args, vm.exc().StopIteration, "__init__") || !exception_init(vm, args)) {
    return Value();
  }
  vm.as_exception(args[0])->value = args.nargs > 1 ? args[1] : vm.none();
  return vm.none();
}

// str(exc): '' without args, str(arg) for one, str(args) for several.
Value exception_text(VM& vm, const ExceptionObject& e) {
  const auto& items = e.args.as<Tuple>()->items;
  if (items.empty()) return vm.make_str(std::string_view());
  if (items.size() == 1) return vm.str(items[0]);
  return vm.str(e.args);
}

Value exception_str(VM& vm, CallArgs args) {
  ExceptionObject* e = exception_self(vm, args, vm.exc().BaseException, "__str__");
  if (!e || !expect_arguments(vm, args, "__str__", 0)) return Value();
  return exception_text(vm, *e);
}

// KeyError shows its key as a repr: KeyError('x') prints as 'x'.
Value key_error_str(VM& vm, CallArgs args) {
  ExceptionObject* e = exception_self(vm, args, vm.exc().KeyError, "__str__");
  if (!e || !expect_arguments(vm, args, "__str__", 0)) return Value();
  const auto& items = e->args.as<Tuple>()->items;
  if (items.size() == 1) return vm.repr(items[0]);
  return exception_text(vm, *e);
}

Value exception_repr(VM& vm, CallArgs args) {
  if (!exception_self(vm, args, vm.exc().BaseException, "__repr__") ||
      !expect_arguments(vm, args, "__repr__", 0)) {
    return Value();
  }
  return builtin_repr(vm, args[0]);
}

Value exception_with_traceback(VM& vm, CallArgs args) {
  ExceptionObject* e = exception_self(vm, args, vm.exc().BaseException, "with_traceback");
  if (!e || !check_arity(vm, after_self(args), "BaseException.with_traceback", 1, 1))
    return Value();
  return set_exception_traceback(vm, *e, args[1]) ? args[0] : Value();
}

Value exception_add_note(VM& vm, CallArgs args) {
  ExceptionObject* e = exception_self(vm, args, vm.exc().BaseException, "add_note");
  if (!e || !check_arity(vm, after_self(args), "BaseException.add_note", 1, 1)) return Value();
  if (!vm.is_str(args[1])) {
    return vm.type_error("note must be a str, not '" + type_name_of(vm, args[1]) + "'");
  }
  if (!e->notes) {
    Value stored;
    if (e->dict && vm.dict_get_str(*e->dict.as<Dict>(), vm.intern("__notes__"), stored) == 1) {
      return vm.type_error("Cannot add note: __notes__ is not a list");
    }
    e->notes = vm.make_list();
  }
  e->notes.as<List>()->items.push_back(args[1]);
  return vm.none();
}

// PySequence_Check: what ExceptionGroup accepts as its exceptions.
bool is_sequence(VM& vm, const Value& v) {
  Type* type = vm.type_of(v);
  switch (type->layout) {
    case Layout::List:
    case Layout::Tuple:
    case Layout::Str:
    case Layout::Bytes:
    case Layout::Range:
      return true;
    case Layout::Dict:
      return false;
    default:
      return !is_core(type) && static_cast<bool>(lookup(vm, type, "__getitem__"));
  }
}

// BaseExceptionGroup.__new__(cls, message, exceptions): an ExceptionGroup when cls is
// BaseExceptionGroup and every exception is an Exception.
Value exception_group_new(VM& vm, CallArgs args) {
  const ExceptionTypes& exc = vm.exc();
  Type* cls = new_target(vm, args, exc.BaseExceptionGroup);
  if (!cls) return Value();
  CallArgs rest = after_self(args);
  if (rest.nargs != 2) {
    return vm.type_error("BaseExceptionGroup.__new__() takes exactly 2 arguments (" +
                         std::to_string(rest.nargs) + " given)");
  }
  const Value& message = rest[0];
  const Value& sequence = rest[1];
  if (!vm.is_str(message)) {
    return vm.type_error("BaseExceptionGroup.__new__() argument 1 must be str, not " +
                         type_name_of(vm, message));
  }
  if (!is_sequence(vm, sequence)) {
    return vm.type_error("second argument (exceptions) must be a sequence");
  }
  std::vector<Value> items;
  if (!vm.collect(sequence, items)) return Value();
  if (items.empty())
    return vm.value_error("second argument (exceptions) must be a non-empty sequence");
  bool nests_base_exceptions = false;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!vm.as_exception(items[i])) {
      return vm.value_error("Item " + std::to_string(i) +
                            " of second argument (exceptions) is not an exception");
    }
    if (!vm.is_instance(items[i], exc.Exception)) nests_base_exceptions = true;
  }
  if (cls == exc.BaseExceptionGroup) {
    if (!nests_base_exceptions) cls = exc.ExceptionGroup;
  } else if (nests_base_exceptions && cls == exc.ExceptionGroup) {
    return vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (nests_base_exceptions && VM::is_subtype(cls, exc.Exception)) {
    return vm.type_error("Cannot nest BaseExceptions in '" + cls->name + "'");
  }
  Value group = vm.new_exception(cls, {message, sequence});
  vm.as_exception(group)->exceptions = vm.make_tuple(std::move(items));
  return group;
}

// "message (2 sub-exceptions)"
Value exception_group_str(VM& vm, CallArgs args) {
  ExceptionObject* e = exception_self(vm, args, vm.exc().BaseExceptionGroup, "__str__");
  if (!e || !expect_arguments(vm, args, "__str__", 0)) return Value();
  const auto& group_args = e->args.as<Tuple>()->items;
  auto message =
      group_args.empty() ? std::optional<std::string>("") : vm.str_text_of(group_args[0]);
  if (!message) return Value();
  std::size_t count = e->exceptions ? e->exceptions.as<Tuple>()->items.size() : 0;
  return vm.make_str(*message + " (" + std::to_string(count) + " sub-exception" +
                     (count == 1 ? ")" : "s)"));
}

Value exception_group_derive(VM& vm, CallArgs args) {
  ExceptionObject* e = exception_self(vm, args, vm.exc().BaseExceptionGroup, "derive");
  if (!e) return Value();
  if (args.nargs != 2 || args.nkw) {
    return vm.type_error("function takes exactly 1 argument (" + std::to_string(args.nargs - 1) +
                         " given)");
  }
  const auto& group_args = e->args.as<Tuple>()->items;
  Value message = group_args.empty() ? vm.make_str(std::string_view()) : group_args[0];
  return vm.call(Value(vm.exc().BaseExceptionGroup), {message, args[1]});
}

// What BaseExceptionGroup.split and subgroup match leaves by: an exception type, a tuple of
// them, or a predicate.
struct Matcher {
  Value condition;
  bool predicate = false;
};

bool make_matcher(VM& vm, const Value& condition, Matcher& matcher) {
  matcher.condition = condition;
  auto is_exception_type = [&](const Value& v) {
    return is_type(vm, v) && v.as<Type>()->is_exception;
  };
  if (is_exception_type(condition)) return true;
  if (vm.type_index(condition) == kTupleType) {
    const auto& items = condition.as<Tuple>()->items;
    if (std::all_of(items.begin(), items.end(), is_exception_type)) return true;
  } else if (!is_type(vm, condition) && vm.is_callable(condition)) {
    matcher.predicate = true;
    return true;
  }
  vm.type_error("expected a function, exception type or tuple of exception types");
  return false;
}

// 1 matches, 0 does not, -1 raised.
int matches(VM& vm, const Matcher& matcher, const Value& exception) {
  if (matcher.predicate) {
    Value result = vm.call(matcher.condition, {exception});
    return result ? vm.truthy(result) : -1;
  }
  if (vm.type_index(matcher.condition) == kTupleType) {
    for (const Value& type : matcher.condition.as<Tuple>()->items) {
      if (vm.is_instance(exception, type.as<Type>())) return 1;
    }
    return 0;
  }
  return vm.is_instance(exception, matcher.condition.as<Type>()) ? 1 : 0;
}

// group.derive(items) with the group's cause, context, traceback and notes.
Value derived_group(VM& vm, const Value& group, std::vector<Value> items) {
  Value derived = vm.call_method(group, "derive", {vm.make_list(std::move(items))});
  if (!derived) return Value();
  ExceptionObject* result = vm.as_exception(derived);
  if (!result || !result->exceptions) {
    return vm.type_error("derive must return an instance of BaseExceptionGroup");
  }
  const ExceptionObject& source = *vm.as_exception(group);
  result->cause = source.cause;
  result->context = source.context;
  result->suppress_context = true;
  result->traceback = source.traceback;
  if (source.notes) result->notes = vm.make_list(source.notes.as<List>()->items);
  return derived;
}

// CPython's exceptiongroup_split_recursive: the matching leaves and the others, each in a copy
// of the nesting they were in (null when empty). false when raised.
bool split_group(VM& vm, const Value& exception, const Matcher& matcher, bool keep_rest,
                 Value& match, Value& rest) {
  int whole = matches(vm, matcher, exception);
  if (whole < 0) return false;
  if (whole) {
    match = exception;
    return true;
  }
  const ExceptionObject& e = *vm.as_exception(exception);
  if (!e.exceptions) {
    if (keep_rest) rest = exception;
    return true;
  }
  std::vector<Value> matched, others;
  for (const Value& inner : e.exceptions.as<Tuple>()->items) {
    Value inner_match, inner_rest;
    if (!split_group(vm, inner, matcher, keep_rest, inner_match, inner_rest)) return false;
    if (inner_match) matched.push_back(inner_match);
    if (inner_rest) others.push_back(inner_rest);
  }
  if (!matched.empty() && !(match = derived_group(vm, exception, std::move(matched)))) return false;
  if (!others.empty() && !(rest = derived_group(vm, exception, std::move(others)))) return false;
  return true;
}

template <bool kSplit>
Value group_split(VM& vm, CallArgs args) {
  const char* name = kSplit ? "split" : "subgroup";
  ExceptionObject* e = exception_self(vm, args, vm.exc().BaseExceptionGroup, name);
  if (!e) return Value();
  if (args.nargs != 2 || args.nkw) {
    return vm.type_error(std::string(name) + " expected 1 argument, got " +
                         std::to_string(args.nargs - 1 + args.nkw));
  }
  Matcher matcher;
  if (!make_matcher(vm, args[1], matcher)) return Value();
  Value match, rest;
  if (!split_group(vm, args[0], matcher, kSplit, match, rest)) return Value();
  if (!kSplit) return or_none(vm, match);
  return vm.make_tuple({or_none(vm, match), or_none(vm, rest)});
}

void install_exception_methods(VM& vm) {
  const ExceptionTypes& exc = vm.exc();
  vm.add_static(exc.BaseException, "__new__", exception_new);
  vm.add_method(exc.BaseException, "__init__", exception_init);
  vm.add_method(exc.BaseException, "__str__", exception_str);
  vm.add_method(exc.BaseException, "__repr__", exception_repr);
  vm.add_method(exc.BaseException, "with_traceback", exception_with_traceback);
  vm.add_method(exc.BaseException, "add_note", exception_add_note);
  vm.add_method(exc.KeyError, "__str__", key_error_str);
  vm.add_method(exc.StopIteration, "__init__", stop_iteration_init);
  vm.add_method(exc.SyntaxError, "__init__", library_method<kSyntaxErrorInit>);
  vm.add_method(exc.SyntaxError, "__str__", library_method<kSyntaxErrorStr>);
  vm.add_static(exc.BaseExceptionGroup, "__new__", exception_group_new);
  vm.add_method(exc.BaseExceptionGroup, "__str__", exception_group_str);
  vm.add_method(exc.BaseExceptionGroup, "derive", exception_group_derive);
  vm.add_method(exc.BaseExceptionGroup, "split", group_split<true>);
  vm.add_method(exc.BaseExceptionGroup, "subgroup", group_split<false>);
}

}  // namespace

// ---- Entry points -------------------------------------------------------------------------------

Value* dict_slot(VM& vm, const Value& object, const Type* type) {
  switch (type->layout) {
    case Layout::Object:
      return type->index == kObjectType ? nullptr : &object.as<Instance>()->dict;
    case Layout::Exception:
      return &vm.as_exception(object)->dict;
    case Layout::Function:
      return &object.as<Function>()->dict;
    case Layout::Module:
      return &object.as<Module>()->dict;
    case Layout::Future:
    case Layout::Task:
      // Instances of Python subclasses (asyncio's _GatheringFuture...) keep their attributes.
      return type->heap ? future_dict_slot(object) : nullptr;
    default:
      break;
  }
  // Instances of user subclasses of the built-in values.
  if (!type->heap) return nullptr;
  switch (type->layout) {
    case Layout::Int:
      return &object.as<BigIntObject>()->instance_dict;
    case Layout::Float:
      return &object.as<FloatObject>()->instance_dict;
    case Layout::Complex:
      return &object.as<ComplexObject>()->instance_dict;
    case Layout::Str:
      return &object.as<Str>()->instance_dict;
    case Layout::Bytes:
      return &object.as<BytesObject>()->instance_dict;
    case Layout::Tuple:
      return &object.as<Tuple>()->instance_dict;
    case Layout::List:
      return &object.as<List>()->instance_dict;
    case Layout::Dict:
      return &object.as<Dict>()->instance_dict;
    case Layout::Set:
    case Layout::FrozenSet:
      return &object.as<SetObject>()->instance_dict;
    default:
      return nullptr;
  }
}

Value generic_get_attr(VM& vm, const Value& object, const Value& name) {
  Type* type = vm.type_of(object);
  switch (type->layout) {
    case Layout::Type:
      return type_get_attr(vm, *object.as<Type>(), name);
    case Layout::Super:
      return super_get_attr(vm, object, name);
    default:
      return object_get_attr(vm, object, type, name);
  }
}

bool generic_set_attr(VM& vm, const Value& object, const Value& name, Value value) {
  Type* type = vm.type_of(object);
  if (type->layout == Layout::Type) return type_set_attr(vm, *object.as<Type>(), name, value);
  return object_set_attr(vm, object, type, name, value);
}

Type* calculate_metaclass(VM& vm, Type* metatype, const std::vector<Value>& bases) {
  Type* winner = metatype;
  for (const Value& base : bases) {
    Type* candidate = vm.type_of(base);
    if (VM::is_subtype(winner, candidate)) continue;
    if (VM::is_subtype(candidate, winner)) {
      winner = candidate;
      continue;
    }
    vm.type_error(
        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of "
        "the metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

Value make_class(VM& vm, Value name, Value bases, Value namespace_dict, Value metaclass_kwargs,
                 Type* metatype) {
  if (!vm.is_str(name)) {
    return vm.type_error("type.__new__() argument 1 must be str, not " + type_name_of(vm, name));
  }
  if (vm.type_of(bases)->layout != Layout::Tuple) {
    return vm.type_error("type.__new__() argument 2 must be tuple, not " + type_name_of(vm, bases));
  }
  if (!is_dict(vm, namespace_dict)) {
    return vm.type_error("type.__new__() argument 3 must be dict, not " +
                         type_name_of(vm, namespace_dict));
  }
  std::vector<Value> base_list = bases.as<Tuple>()->items;
  for (const Value& base : base_list) {
    if (!is_type(vm, base)) return vm.type_error("bases must be types");
  }
  if (base_list.empty()) base_list.push_back(Value(vm.type(kObjectType)));
  Type* base = best_base(vm, base_list);
  if (!base) return Value();
  // The class's type: the most derived of the requested metaclass and the bases' metaclasses.
  Type* metaclass = calculate_metaclass(vm, metatype ? metatype : vm.type(kTypeType), base_list);
  if (!metaclass) return Value();

  Dict& source = *namespace_dict.as<Dict>();
  Value qualname = name;
  Value classcell;
  Value dict = vm.make_dict();
  for (const DictEntry& entry : source.entries) {
    if (!entry.key) continue;
    if (vm.type_index(entry.key) == kStrType) {
      const std::string& key = VM::str_text(entry.key);
      if (key == "__qualname__") {
        if (!vm.is_str(entry.value)) {
          return vm.type_error("type __qualname__ must be a str, not " +
                               type_name_of(vm, entry.value));
        }
        qualname = entry.value;
        continue;
      }
      if (key == "__classcell__") {
        classcell = entry.value;
        continue;
      }
    }
    if (!vm.dict_set(*dict.as<Dict>(), entry.key, entry.value)) return Value();
  }
  if (classcell && vm.type_index(classcell) != kCellType) {
    auto text = vm.repr_text(Value(vm.type_of(classcell)));
    if (!text) return Value();
    return vm.type_error("__classcell__ must be a nonlocal cell, not " + *text);
  }

  auto* type = new Type();
  Value type_value(type);
  type->name = VM::str_text(name);
  type->qualname = VM::str_text(qualname);
  type->heap = true;
  type->base = base;
  type->bases = std::move(base_list);
  type->layout = base->layout;
  type->dict = dict;
  if (!linearize(vm, type)) return Value();
  type->is_exception = VM::is_subtype(type, vm.exc().BaseException);

  Dict& class_dict = *dict.as<Dict>();
  Value module = vm.dict_get_item(class_dict, "__module__");
  if (!module) {
    module = caller_module_name(vm);
    if (module && !vm.dict_set_item(class_dict, "__module__", module)) return Value();
  }
  if (module && vm.is_str(module)) type->module = VM::str_text(module);
  if (!vm.dict_get_item(class_dict, "__doc__") &&
      !vm.dict_set_item(class_dict, "__doc__", vm.none())) {
    return Value();
  }
  // A class that defines __eq__ without __hash__ is unhashable.
  if (vm.dict_get_item(class_dict, "__eq__") && !vm.dict_get_item(class_dict, "__hash__") &&
      !vm.dict_set_item(class_dict, "__hash__", vm.none())) {
    return Value();
  }
  wrap_implicit_methods(vm, class_dict);

  vm.register_type(type);
  if (metaclass->index != kTypeType) type->set_user_tag(metaclass->index);
  modules::module_state<HeapClasses>(vm).classes.push_back(type);
  refresh_attribute_hooks(vm, type);
  if (classcell) classcell.as<Cell>()->value = type_value;
  if (!set_names(vm, type) || !init_subclass(vm, type, metaclass_kwargs)) return Value();
  return type_value;
}

Value construct(VM& vm, Type& type, CallArgs args) {
  if (!type.heap) {
    switch (type.index) {
      case kTypeType:
        // type(x); type(name, bases, dict, **kwargs) is type.__new__ (which hands over to the
        // most derived metaclass of the bases), then type(cls).__init__, as any class.
        if (args.nargs == 1 && args.nkw == 0) return Value(vm.type_of(args[0]));
        if (args.nargs != 3) return vm.type_error("type() takes 1 or 3 arguments");
        break;
      case kIntType:
        return construct_int(vm, type, args);
      case kFloatType:
        return construct_float(vm, type, args);
      case kComplexType:
        return construct_complex(vm, type, args);
      case kBoolType:
        return construct_bool(vm, args);
      case kStrType:
        return construct_str(vm, args);
      case kBytesType:
        return construct_bytes(vm, args);
      case kTupleType:
        return construct_tuple(vm, args);
      case kListType: {
        Value list = vm.make_list();
        return fill_list(vm, *list.as<List>(), args) ? list : Value();
      }
      case kDictType: {
        Value dict = vm.make_dict();
        return fill_dict(vm, *dict.as<Dict>(), args) ? dict : Value();
      }
      case kSetType: {
        Value set = vm.make_set();
        return fill_set(vm, *set.as<SetObject>(), args, "set") ? set : Value();
      }
      case kFrozenSetType:
        return construct_frozenset(vm, args);
      case kRangeType:
        return construct_range(vm, args);
      case kSliceType:
        return construct_slice(vm, args);
      case kSuperType:
        return construct_super(vm, args);
      case kMethodType:
        return construct_method(vm, args);
      case kNoneType:
        return construct_singleton(vm, args, "NoneType", vm.none());
      case kNotImplementedType:
        return construct_singleton(vm, args, "NotImplementedType", vm.not_implemented());
      case kEllipsisType:
        return construct_singleton(vm, args, "EllipsisType", vm.ellipsis());
      default:
        break;
    }
  }
  return construct_generic(vm, type, args);
}

void install_builtin_methods(VM& vm) {
  Type* object = vm.type(kObjectType);
  vm.add_static(object, "__new__", object_new);
  vm.add_method(object, "__init__", object_init);
  vm.add_method(object, "__eq__", object_eq);
  vm.add_method(object, "__ne__", object_ne);
  vm.add_method(object, "__hash__", object_hash);
  vm.add_method(object, "__repr__", object_repr);
  vm.add_method(object, "__str__", object_str);
  vm.add_method(object, "__format__", object_format);
  vm.add_method(object, "__getattribute__", object_getattribute);
  vm.add_method(object, "__setattr__", object_setattr);
  vm.add_method(object, "__delattr__", object_delattr);
  vm.add_method(object, "__dir__", object_dir);
  vm.add_classmethod(object, "__init_subclass__", object_init_subclass);

  Type* type = vm.type(kTypeType);
  vm.add_static(type, "__new__", type_new);
  vm.add_method(type, "__init__", type_init);
  vm.add_method(type, "mro", type_mro);
  vm.add_method(type, "__call__", type_call);
  vm.add_classmethod(type, "__prepare__", type_prepare);

  // Numbers first: install_number_methods may define their own __new__.
  vm.add_static(vm.type(kIntType), "__new__", int_new);
  vm.add_static(vm.type(kFloatType), "__new__", float_new);
  vm.add_static(vm.type(kBoolType), "__new__", bool_new);
  vm.add_static(vm.type(kStrType), "__new__", immutable_new<kStrType>);
  vm.add_method(vm.type(kStrType), "__str__", str_str);
  vm.add_static(vm.type(kBytesType), "__new__", immutable_new<kBytesType>);
  install_bytes_methods(vm);
  vm.add_static(vm.type(kTupleType), "__new__", immutable_new<kTupleType>);
  vm.add_static(vm.type(kFrozenSetType), "__new__", immutable_new<kFrozenSetType>);
  vm.add_static(vm.type(kListType), "__new__", empty_new<kListType>);
  vm.add_method(vm.type(kListType), "__init__", list_init);
  vm.add_static(vm.type(kDictType), "__new__", empty_new<kDictType>);
  vm.add_method(vm.type(kDictType), "__init__", dict_init);
  vm.add_static(vm.type(kSetType), "__new__", empty_new<kSetType>);
  vm.add_method(vm.type(kSetType), "__init__", set_init);
  vm.add_static(vm.type(kModuleType), "__new__", empty_new<kModuleType>);
  vm.add_method(vm.type(kModuleType), "__init__", module_init);

  Type* property = vm.type(kPropertyType);
  vm.add_static(property, "__new__", empty_new<kPropertyType>);
  vm.add_method(property, "__init__", property_init);
  vm.add_method(property, "getter", property_copy<0>);
  vm.add_method(property, "setter", property_copy<1>);
  vm.add_method(property, "deleter", property_copy<2>);
  vm.add_method(property, "__get__", property_get_method);
  vm.add_method(property, "__set__", property_set_method);
  vm.add_method(property, "__delete__", property_delete_method);
  vm.add_static(vm.type(kStaticMethodType), "__new__", empty_new<kStaticMethodType>);
  vm.add_method(vm.type(kStaticMethodType), "__init__", wrapper_init<kStaticMethodType>);
  vm.add_method(vm.type(kStaticMethodType), "__get__", staticmethod_get);
  vm.add_static(vm.type(kClassMethodType), "__new__", empty_new<kClassMethodType>);
  vm.add_method(vm.type(kClassMethodType), "__init__", wrapper_init<kClassMethodType>);
  vm.add_method(vm.type(kClassMethodType), "__get__", classmethod_get);
  vm.add_method(vm.type(kFunctionType), "__get__", function_get_method);

  install_exception_methods(vm);
  install_generator_methods(vm);
  install_number_methods(vm);
  install_complex_methods(vm);
  install_str_methods(vm);
  install_container_methods(vm);
}

}  // namespace py
