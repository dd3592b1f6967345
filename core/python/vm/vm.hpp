// The VM: the type table, the protocols every built-in uses (repr, hash, compare, call,
// iterate...), raising exceptions, and the interpreter loop that runs frames (interpreter.cpp).
//
// Conventions, as CPython's C API: a function returning Value returns a null Value when it has
// raised, the exception being in pending_exception(); `int` results are 1/0 for true/false and
// -1 for "raised". No Python exception is ever a C++ throw.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "aio/loop.hpp"
#include "vm/object.hpp"

namespace py {

struct Frame;
class Interpreter;

// What the engine asks of its host: output, time, and the blocking operations a host may
// implement by suspending (see Program).
class Host {
 public:
  virtual ~Host() = default;
  virtual void write_stdout(std::string_view text) = 0;
  virtual void write_stderr(std::string_view text) = 0;
  // Polled in loops: a host sets it to raise KeyboardInterrupt (Ctrl-C, the page's Stop).
  virtual bool interrupt_requested() { return false; }
};

// Exception classes the VM raises itself, by name.
struct ExceptionTypes {
  Type *BaseException, *Exception, *BaseExceptionGroup, *ExceptionGroup, *ArithmeticError,
      *AssertionError, *AttributeError, *EOFError, *ImportError, *ModuleNotFoundError,
      *IndexError, *KeyError, *LookupError, *MemoryError, *NameError, *NotImplementedError,
      *OSError, *OverflowError, *RecursionError, *RuntimeError, *StopIteration,
      *StopAsyncIteration, *SyntaxError, *IndentationError, *TabError, *SystemExit, *TypeError,
      *UnboundLocalError, *UnicodeError, *ValueError, *ZeroDivisionError, *KeyboardInterrupt,
      *GeneratorExit, *TimeoutError, *CancelledError, *InvalidStateError, *QueueEmpty,
      *QueueFull, *Warning, *RuntimeWarning, *DeprecationWarning, *UserWarning;
};

class VM {
 public:
  explicit VM(Host& host);
  ~VM();
  VM(const VM&) = delete;
  VM& operator=(const VM&) = delete;

  Host& host() { return host_; }

  // ---- Types ---------------------------------------------------------------------------------
  Type* type(std::uint32_t index) const { return types_[index]; }
  Type* type_of(const Value& v) const {
    return v.is_small() ? types_[kIntType] : types_[v.object()->user_tag()];
  }
  std::uint32_t type_index(const Value& v) const {
    return v.is_small() ? kIntType : v.object()->user_tag();
  }
  // A class: an instance of `type` or of a metaclass (any type whose layout is Type). A class's
  // user tag is its metaclass's index, kTypeType for most.
  bool is_class(const Value& v) const {
    if (!v.is_object()) return false;
    std::uint32_t tag = v.object()->user_tag();
    return tag == kTypeType || types_[tag]->layout == Layout::Type;
  }
  bool is_instance(const Value& v, Type* t) const;  // isinstance with the MRO
  static bool is_subtype(const Type* a, const Type* b);
  // A new built-in type (for modules: deque, Counter...). The layout says what instances are.
  Type* new_builtin_type(std::string name, Type* base, Layout layout,
                         std::string module = "builtins");
  // Registers a type made elsewhere (class statements) and gives it its index.
  std::uint32_t register_type(Type* type);
  // Adds a native method to a type (self is args[0]).
  void add_method(Type* type, std::string_view name, NativeFn fn);
  void add_static(Type* type, std::string_view name, NativeFn fn);
  void add_classmethod(Type* type, std::string_view name, NativeFn fn);
  void add_property(Type* type, std::string_view name, NativeFn getter, NativeFn setter = nullptr);
  // Finds a name along a type's MRO (no descriptor binding); null if absent.
  Value lookup_in_type(const Type* type, const Value& name) const;
  // Where lookup_in_type found `name`: the value slot in a class namespace, or null. For an
  // interned name the slot stays the name's while class_lookup_epoch does.
  const Value* lookup_slot_in_type(const Type* type, const Value& name) const;
  Value lookup_in_type(const Type* type, std::string_view name);
  // intern() for a text with static storage (a literal, or a static table of them), remembered
  // by its address: the dunder names the VM looks up in a class on every hash, comparison,
  // call, iteration step or truth test of an instance. Interning the text at each use hashed it
  // and searched the intern table (VM::hash of each task gather() keeps in a dict, __next__ for
  // every item of a user iterator).
  const Value& intern_static(const char* text);
  const ExceptionTypes& exc() const { return exc_; }

  // ---- Constants and constructors -------------------------------------------------------------
  const Value& none() const { return none_; }
  const Value& true_value() const { return true_; }
  const Value& false_value() const { return false_; }
  Value boolean(bool b) const { return b ? true_ : false_; }
  const Value& not_implemented() const { return not_implemented_; }
  const Value& ellipsis() const { return ellipsis_; }
  bool is_none(const Value& v) const { return v.is(none_); }

  Value make_int(std::int64_t n);
  Value make_int(num::BigInt n);  // normalises to a small int when it fits
  Value make_float(double d);
  Value make_str(std::string_view utf8);
  Value make_str(std::string&& utf8);
  Value make_str(const char* utf8) { return make_str(std::string_view(utf8)); }
  Value intern(std::string_view utf8);  // the one Str for this text (names, attributes)
  Value make_bytes(std::string data);
  Value make_tuple(std::vector<Value> items);
  Value make_list(std::vector<Value> items = {});
  Value make_dict();
  Value make_set(bool frozen = false);
  Value make_range(std::int64_t start, std::int64_t stop, std::int64_t step);
  Value make_native(std::string name, NativeFn fn, Value self = {}, Value data = {});
  Value make_bound_method(Value function, Value self);
  Value make_module(std::string_view name);
  Value make_iterator(IterKind kind, Value source);
  Value make_instance(Type* type);  // an Instance (user class of layout Object)

  // ---- Reading values -----------------------------------------------------------------------
  // int(v) for int/bool values: false (and a TypeError when `raise` is set) otherwise.
  bool is_int(const Value& v) const {
    std::uint32_t t = type_index(v);
    return t == kIntType || t == kBoolType || (t >= kBuiltinTypeCount && is_int_subclass(v));
  }
  bool is_int_subclass(const Value& v) const;
  // The value of an int as int64; false if it does not fit (or is not an int).
  bool to_int64(const Value& v, std::int64_t& out) const;
  // An index argument: int or __index__; raises TypeError/OverflowError (message names `what`).
  bool to_index(const Value& v, std::int64_t& out, std::string_view what = "");
  num::BigInt to_bigint(const Value& v) const;  // precondition: is_int(v)
  bool is_float(const Value& v) const { return type_index(v) == kFloatType; }
  double float_value(const Value& v) const { return v.as<FloatObject>()->value; }
  // float(v) for int/float/bool; false and TypeError otherwise.
  bool to_double(const Value& v, double& out, bool raise = true);
  bool is_str(const Value& v) const {
    return type_index(v) == kStrType || is_instance(v, types_[kStrType]);
  }
  static const std::string& str_text(const Value& v) { return v.as<Str>()->text; }
  // The name messages give v's type ("int", "C"; "datetime.date" for a library class that
  // stands in for a C type).
  std::string_view type_name(const Value& v) const { return type_of(v)->message_name(); }

  // ---- Exceptions ---------------------------------------------------------------------------
  // Raise: set the pending exception and return a null Value, so `return vm.raise(...)` reads.
  Value raise(Type* type, std::string message);
  Value raise(Value exception);  // an exception instance or class
  Value type_error(std::string message) { return raise(exc_.TypeError, std::move(message)); }
  Value value_error(std::string message) { return raise(exc_.ValueError, std::move(message)); }
  Value index_error(std::string message) { return raise(exc_.IndexError, std::move(message)); }
  Value key_error(const Value& key);
  Value attribute_error(const Value& object, const Value& name);
  bool has_pending_exception() const { return static_cast<bool>(pending_); }
  const Value& pending_exception() const { return pending_; }
  Value take_exception() { return std::move(pending_); }
  void restore_exception(Value exception) { pending_ = std::move(exception); }
  bool pending_is(Type* type) const;  // the pending exception is an instance of `type`
  // A new exception instance of `type` with args (message) — not raised.
  Value new_exception(Type* type, std::vector<Value> args);
  ExceptionObject* as_exception(const Value& v) const;  // null if not an exception instance

  // ---- Protocols (each may call Python code) ------------------------------------------------
  Value repr(const Value& v);  // a Str
  Value str(const Value& v);   // a Str
  std::optional<std::string> repr_text(const Value& v);  // nullopt: raised
  std::optional<std::string> str_text_of(const Value& v);
  bool hash(const Value& v, std::int64_t& out);
  std::int64_t identity_hash(const Object* o) const;  // object.__hash__
  int truthy(const Value& v);        // 1, 0, -1
  int equal(const Value& a, const Value& b);  // a == b as a bool: 1, 0, -1
  int less(const Value& a, const Value& b);   // a < b as a bool (sorting)
  Value rich_compare(const Value& a, const Value& b, int op);  // op: CompareOp below
  Value binary_op(const Value& a, const Value& b, int op);     // op: BinaryOp below
  Value unary_op(const Value& v, int op);
  int contains(const Value& container, const Value& item);
  Value length(const Value& v);  // len(v) as int Value
  bool length(const Value& v, std::int64_t& out);
  Value get_attr(const Value& object, const Value& name);  // name: interned Str
  Value get_attr(const Value& object, std::string_view name) { return get_attr(object, intern(name)); }
  // getattr without raising AttributeError: null and no exception when missing.
  Value get_attr_opt(const Value& object, const Value& name);
  bool set_attr(const Value& object, const Value& name, Value value);
  bool del_attr(const Value& object, const Value& name);
  Value get_item(const Value& container, const Value& key);
  bool set_item(const Value& container, const Value& key, Value value);
  bool del_item(const Value& container, const Value& key);
  Value iter(const Value& iterable);
  // next(iterator): the value; null with no exception when exhausted; null with an exception.
  Value next(const Value& iterator);
  // Calls fn(item) for each item; fn returns false to stop early. false: raised.
  bool for_each(const Value& iterable, const std::function<bool(Value)>& fn);
  // list(iterable) as a vector. false: raised.
  bool collect(const Value& iterable, std::vector<Value>& out);
  // Calls any callable (Python functions run in a nested interpreter loop, which cannot
  // suspend: see Interpreter).
  Value call(const Value& callable, CallArgs args);
  // callable(first, *args, **kwargs).
  Value call_with_first(const Value& callable, const Value& first, const CallArgs& args);
  Value call(const Value& callable, std::initializer_list<Value> args);
  Value call_method(const Value& object, std::string_view name, std::initializer_list<Value> args);
  bool is_callable(const Value& v);
  // format(v, spec)
  Value format(const Value& v, const Value& spec);

  // ---- Dict and set primitives ------------------------------------------------------------------
  // Lookup: 1 found (value in out), 0 missing, -1 raised.
  int dict_get(Dict& d, const Value& key, Value& out);
  int dict_get_str(Dict& d, const Value& key, Value& out);  // key: an interned Str, never raises
  // The position in d.entries of a Str key, or -1 when absent; never raises.
  std::int64_t dict_index_str(Dict& d, const Value& key);
  // The same for a text that may not be a Str yet (VM::intern), `hash` being text_hash(text).
  std::int64_t dict_index_text(Dict& d, std::string_view text, std::int64_t hash);
  // A str's hash, from its UTF-8 text.
  static std::int64_t text_hash(std::string_view utf8);
  bool dict_set(Dict& d, Value key, Value value);
  int dict_del(Dict& d, const Value& key);  // 1 removed, 0 missing, -1 raised
  void dict_clear(Dict& d);
  Value dict_get_item(Dict& d, std::string_view key);  // str key helper; null if missing
  bool dict_set_item(Dict& d, std::string_view key, Value value);

  // ---- Modules ------------------------------------------------------------------------------
  const Value& builtins() const { return builtins_; }  // Dict
  // The module object for `import name`: built-in modules are created on first import.
  Value import_module(const Value& name);
  // `import a.b.c`: a, a.b and a.b.c in turn, each child an attribute of its parent; the
  // top-level module (what `import a.b` binds), or the last one for `from a.b import x`.
  Value import_dotted(const Value& name, bool top_level);
  using ModuleInit = bool (*)(VM& vm, Module& module);
  void register_module(std::string name, ModuleInit init);
  const Value& sys_modules() const { return sys_modules_; }
  // State a C++ module keeps per VM (the types it made, its objects: natives have no closure),
  // found by a key unique to the module (modules::module_state). Destroyed first in ~VM, while
  // the VM still works.
  struct ModuleState {
    virtual ~ModuleState() = default;
  };
  ModuleState* find_module_state(const void* key) const {
    for (const auto& [state_key, state] : module_states_)
      if (state_key == key) return state.get();
    return nullptr;
  }
  ModuleState& add_module_state(const void* key, std::unique_ptr<ModuleState> state) const {
    return *module_states_.emplace_back(key, std::move(state)).second;
  }

  // ---- Limits -------------------------------------------------------------------------------
  std::uint32_t recursion_limit = 1000;
  std::uint32_t int_max_str_digits = 4300;

  Interpreter& interpreter() { return *interpreter_; }
  // Keeps `object` alive until this VM is gone, after everything the VM holds (a program's event
  // loop: objects the VM keeps may still refer to it).
  void keep_until_destroyed(std::shared_ptr<void> object) {
    kept_alive_.push_back(std::move(object));
  }
  aio::EventLoop* loop = nullptr;  // the running asyncio loop, if any
  // contextvars: the Context code runs in (null: none made yet), and once the module is imported
  // its copy_context(), with which tasks and callbacks capture the context they run in.
  Value current_context;
  Value context_copier;
  // The native VM::call runs, set just before: for natives that read their `data` on entry
  // (bytes' methods written in Python, modules/python_modules.cpp).
  const NativeFunction* native_called = nullptr;

  // The newest VM alive on this thread: for objects that need theirs when they die (a
  // coroutine never awaited warns) without keeping a pointer each.
  static VM* current() noexcept;

  // ---- Finalizers ---------------------------------------------------------------------------
  // An object whose last reference went and that must run Python first (a generator suspended
  // in a try block is closed, an instance's __del__ is called) is kept alive and queued; the
  // interpreter runs the queue at its next poll, a call or a loop's back edge away, so the
  // finalizer's output comes where CPython's refcounting puts it. Python code never runs from
  // inside a release, which can happen in the middle of any native. Each object is finalized
  // once. `object` calls this from its last_reference_dropped() while finalizers_enabled(),
  // with whether it `needed` a finalizer now; false: it goes (finalized already, or none
  // needed).
  bool schedule_finalizer(Object* object, bool needed);
  bool finalizers_enabled() const { return finalizers_enabled_; }
  bool has_pending_finalizers() const { return !finalizers_.empty(); }
  // Runs the queue; an exception a finalizer raises is reported as CPython's "Exception ignored
  // in: ..." and the run goes on.
  void run_finalizers();
  // A program's end: the finalizers of what `root` (its namespace) holds run while everything
  // is still whole, as CPython's collector finalizes the garbage of __main__ before freeing any
  // of it. The namespace's order stands in for the order the objects were made in.
  void finalize_reachable(const Value& root);
  // The async generators first iterated while the asyncio loop ran and still alive, in that
  // order (BaseEventLoop._asyncgens, the set asyncio.run's shutdown_asyncgens() closes).
  std::vector<GeneratorObject*> loop_asyncgens;
  // Off: dropped objects go without their finalizers (a program stopped or ended, the VM torn
  // down), and those finalized before are forgotten.
  void set_finalizers_enabled(bool enabled) {
    finalizers_enabled_ = enabled;
    if (!enabled) finalized_.clear();
  }

 private:
  void create_builtin_types();
  // The first member, so that VM::current() is this VM while the others are destroyed.
  struct CurrentScope {
    explicit CurrentScope(VM* vm) noexcept;
    ~CurrentScope();
    VM* previous;
  } current_scope_{this};
  // Declared first, destroyed last.
  std::vector<std::shared_ptr<void>> kept_alive_;
  Host& host_;
  std::vector<Type*> types_;
  ExceptionTypes exc_{};
  Value none_, true_, false_, not_implemented_, ellipsis_;
  Value pending_;
  std::vector<Value> finalizers_;  // schedule_finalizer's queue
  // Finalized objects still alive (a resurrected one, or one queued): few, usually none.
  std::vector<const Object*> finalized_;
  bool finalizers_enabled_ = true;
  bool running_finalizers_ = false;
  // next() polls the host's interrupt flag every kNextPollInterval items (VM::next).
  static constexpr std::uint32_t kNextPollInterval = 4096;
  std::uint32_t next_poll_countdown_ = kNextPollInterval;
  Value builtins_;
  Value sys_modules_;
  Value interned_;  // Dict str -> the interned Str
  struct StaticName {
    const char* text = nullptr;
    Value name;
  };
  StaticName static_names_[128];  // intern_static's memo, indexed by a hash of the address
  // lookup_in_type's cache, indexed by a hash of the class and the name's addresses.
  struct ClassLookup {
    const Type* type = nullptr;
    const Str* name = nullptr;
    std::uint64_t epoch = 0;      // class_lookup_epoch when filled
    const Value* slot = nullptr;  // the value in the namespace that has it; null: none has
  };
  mutable ClassLookup class_lookups_[256];
  std::vector<std::pair<std::string, ModuleInit>> module_inits_;
  mutable std::vector<std::pair<const void*, std::unique_ptr<ModuleState>>> module_states_;
  std::unique_ptr<Interpreter> interpreter_;
  friend class Interpreter;
};

// A fresh Dict::keys_version.
std::uint64_t next_keys_version();

enum CompareOp : int { kLt, kLe, kEq, kNe, kGt, kGe };
enum BinaryOp : int {
  kAdd, kSub, kMul, kMatMul, kTrueDiv, kMod, kPow, kLShift, kRShift, kOr, kXor, kAnd, kFloorDiv,
  kInplaceOffset = 16  // kAdd + kInplaceOffset is `+=`
};
enum UnaryOpCode : int { kNeg, kPos, kInvert, kNot };

// Argument parsing for natives: binds args to `names` (positional or keyword), requires the
// first `required`, fills missing ones with null. Errors name the function as CPython does:
// "sorted() takes ...". Returns false when it raised.
// The names are C strings: a string_view made from a literal at each call costs a strlen per
// call where the compiler does not inline its constructor (the wasm build's -Os/-Oz sources).
bool bind_args(VM& vm, const CallArgs& args, const char* function_name,
               std::initializer_list<const char*> names, std::size_t required, Value* out,
               std::size_t positional_only = 0);
// The same for what CPython writes in C with Argument Clinic (math.isclose, print(), deque(),
// Future...), whose errors read otherwise ("'x' is an invalid keyword argument for f()",
// "argument for f() given by name ('a') and position (1)"): CPython's _PyArg_UnpackKeywords.
// The first `positional_only` names cannot be passed by keyword, those from `max_positional` on
// are keyword-only, the first `required` are required; missing optional arguments are left null.
bool bind_clinic_args(VM& vm, const CallArgs& args, std::string_view function,
                      std::initializer_list<std::string_view> names, std::size_t positional_only,
                      std::size_t max_positional, std::size_t required, Value* out);
// The errors of no_keywords and check_arity: they raise and return false.
[[gnu::cold]] bool keywords_error(VM& vm, std::string_view function_name);
[[gnu::cold]] bool arity_error(VM& vm, const CallArgs& args, std::string_view function_name,
                               std::size_t min, std::size_t max);
// No keyword arguments accepted: "f() takes no keyword arguments". Inline, as check_arity: every
// call of a native checks its arguments, and the out-of-line checks cost a native method call
// (`fut.done()`) about a third of its instructions.
inline bool no_keywords(VM& vm, const CallArgs& args, std::string_view function_name) {
  return args.nkw == 0 || keywords_error(vm, function_name);
}
// Exactly `min`..`max` positional arguments, with CPython's message.
inline bool check_arity(VM& vm, const CallArgs& args, std::string_view function_name,
                        std::size_t min, std::size_t max) {
  if (args.nkw == 0 && args.nargs >= min && args.nargs <= max) [[likely]]
    return true;
  return arity_error(vm, args, function_name, min, max);
}

}  // namespace py
