// The object model: the C++ structs behind Python's built-in types.
//
// Every object is an aio::RefCounted whose user_tag is the index of its Python class in the VM's
// type table (see value.hpp). A class's `layout` says which struct its instances are, so a user
// class deriving from Exception makes ExceptionObjects, one deriving from object makes
// Instances. Built-in behaviour (int addition, list indexing...) is C++ switched on the layout;
// a user class's dunder methods are found through its MRO, as CPython's slot wrappers do.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "aio/error.hpp"
#include "num/bigint.hpp"
#include "vm/value.hpp"

namespace py {

class VM;
struct Code;
struct Frame;
struct Dict;
struct Str;

// What kind of struct an instance is.
enum class Layout : std::uint8_t {
  Object,  // Instance (with a __dict__) for user classes, bare for `object()`
  None, Bool, Int, Float, Str, Bytes, Tuple, List, Dict, Set, FrozenSet, Range, Slice,
  Type, Function, NativeFunction, BoundMethod, Cell, Module, Exception, Generator, Coroutine,
  AsyncGenerator, Iterator, Property, StaticMethod, ClassMethod, Super, Future, Task, Handle,
  Complex, Other,
};

// The built-in classes, in the order of the VM's type table (their index is the user tag).
enum BuiltinTypeIndex : std::uint32_t {
  kObjectType,
  kTypeType,
  kNoneType,
  kBoolType,
  kIntType,
  kFloatType,
  kStrType,
  kBytesType,
  kTupleType,
  kListType,
  kDictType,
  kSetType,
  kFrozenSetType,
  kRangeType,
  kSliceType,
  kFunctionType,
  kBuiltinFunctionType,
  kMethodType,
  kCellType,
  kModuleType,
  kGeneratorType,
  kCoroutineType,
  kAsyncGeneratorType,
  kPropertyType,
  kStaticMethodType,
  kClassMethodType,
  kSuperType,
  kEllipsisType,
  kNotImplementedType,
  kFutureType,
  kTaskType,
  kHandleType,
  kTimerHandleType,
  kCodeType,
  kIteratorType,
  kDictKeysType,
  kDictValuesType,
  kDictItemsType,
  kSleepType,
  kAnextType,
  kComplexType,
  kAwaitIterType,
  kTracebackType,
  kFrameType,
  kBuiltinTypeCount
};

// Arguments of a call as natives receive them: positionals (a method's self first), then
// keyword values with their names (Str values).
struct CallArgs {
  const Value* args = nullptr;
  std::uint32_t nargs = 0;
  const Value* kwvalues = nullptr;
  const Value* kwnames = nullptr;
  std::uint32_t nkw = 0;
  const Value& operator[](std::size_t i) const { return args[i]; }
};
using NativeFn = Value (*)(VM& vm, CallArgs args);

// ---- Core objects ----------------------------------------------------------------------------

struct BigIntObject : Object {
  num::BigInt value;
  Value instance_dict;  // __dict__ of an instance of a subclass, created on first store
};

struct FloatObject : Object {
  double value = 0;
  Value instance_dict;
};

struct ComplexObject : Object {
  double real = 0, imag = 0;
  Value instance_dict;
};

// UTF-8 text. Indexing by code point is O(1) for ASCII strings and a scan otherwise.
struct Str : Object {
  std::string text;
  std::uint32_t length = 0;  // in code points
  bool ascii = true;
  bool interned = false;
  mutable std::int64_t hash = -1;  // -1: not computed yet
  Value instance_dict;
};

struct BytesObject : Object {
  std::string data;
  Value instance_dict;
};

struct Tuple : Object {
  std::vector<Value> items;
  Value instance_dict;
};

struct List : Object {
  std::vector<Value> items;
  Value instance_dict;
};

// An insertion-ordered hash table (CPython's compact dict): entries in order, and an
// open-addressing index of entry positions. Deleted entries leave a hole that is compacted
// when the table resizes.
struct DictEntry {
  Value key;  // null: deleted
  Value value;
  std::int64_t hash = 0;
};
// VM::lookup_in_type's cache is valid while this number stays: it changes whenever a key is
// added to or removed from the namespace of a class that a cached lookup went through, and
// whenever such a namespace or a class goes away.
inline thread_local std::uint64_t class_lookup_epoch = 1;

struct Dict : Object {
  ~Dict() override {
    if (class_namespace) ++class_lookup_epoch;
  }
  std::vector<DictEntry> entries;
  std::vector<std::int32_t> index;  // -1 empty, -2 dummy, else position in entries
  std::size_t used = 0;             // live entries
  // Changes whenever a key is added or removed (so entry positions may move): 0 for a fresh
  // dict, else a number no other dict state has had. LoadGlobal caches rely on it.
  std::uint64_t keys_version = 0;
  Value instance_dict;
  // A class's namespace that a cached lookup went through: adding or removing a key (which
  // may also move the entries) moves class_lookup_epoch on.
  bool class_namespace = false;
};

// set and frozenset: CPython's set table (Objects/setobject.c), so that sets iterate in
// CPython's order: open addressing over `slots` (a power of two; empty until the first
// insertion, standing for CPython's 8-slot small table), linear probes then perturbation.
// A slot is empty (null key, hash 0), a dummy left by a deletion (null key, hash -1) or live.
// The operations are in vm/set_table.cpp.
struct SetEntry {
  Value key;
  std::int64_t hash = 0;
};
struct SetTable {
  std::vector<SetEntry> slots;
  std::size_t used = 0;    // live entries
  std::size_t fill = 0;    // live and dummy entries
  std::size_t finger = 0;  // where pop() looks first
  std::size_t mask() const { return slots.empty() ? 7 : slots.size() - 1; }
};
struct SetObject : Object {
  SetTable table;
  Value instance_dict;
};

struct RangeObject : Object {
  std::int64_t start = 0, stop = 0, step = 1;
};

struct SliceObject : Object {
  Value start, stop, step;
};

struct CodeObject : Object {
  std::shared_ptr<Code> code;
};

struct Cell : Object {
  Value value;  // null: empty
};

struct Type : Object {
  ~Type() override { ++class_lookup_epoch; }  // a new class may come at the same address
  std::string name;
  std::string module = "builtins";
  std::string qualname;
  std::uint32_t index = 0;
  Layout layout = Layout::Object;
  bool heap = false;          // a class statement made it
  bool is_exception = false;  // BaseException or a subclass
  bool sealed = false;        // not an acceptable base: a structseq (CPython's types without
                              // Py_TPFLAGS_BASETYPE; the core types are listed in acceptable_base)
  // A library class standing in for a C type (`__c_type__ = True` in its body, build_class):
  // messages name it "module.Name" as CPython's tp_name does. Empty for the others.
  std::string c_name;
  // The name messages give the class: its name, or c_name.
  const std::string& message_name() const { return c_name.empty() ? name : c_name; }
  Type* base = nullptr;       // the solid base (layout provider)
  std::vector<Value> bases;   // Type values
  std::vector<Type*> mro;     // starts with this type
  Value dict;                 // Dict: the class namespace
  // Cached: does the MRO define these (for user classes)? Refreshed when the class changes.
  bool has_getattr = false;
  bool has_setattr = false;
  bool has_del = false;  // instances are finalized (VM::schedule_finalizer)
};

struct Instance : Object {
  Value dict;  // Dict, created on first attribute store

 protected:
  // An instance of a class with __del__ is finalized before it goes (VM::schedule_finalizer).
  void last_reference_dropped() noexcept override;
};

struct Module : Object {
  Value name;  // Str
  Value dict;  // Dict
};

struct Function : Object {
  std::shared_ptr<Code> code;
  Value globals;   // Dict
  Value defaults;  // Tuple or null
  Value kwdefaults;  // Dict or null
  Value closure;   // Tuple of Cells or null
  Value name;      // Str
  Value qualname;  // Str
  Value dict;      // attributes (functools.wraps), created on demand
  Value annotations;  // Dict: from the definition, or created on first read of __annotations__
  Value module;    // Str
  Value doc;
};

struct NativeFunction : Object {
  std::string name;
  NativeFn fn = nullptr;
  Value self;     // bound receiver, or null
  Value data;     // extra state for natives that need it (functools.partial...)
  bool is_method = false;  // found on a type: binds self when read through an instance
  Type* owner = nullptr;   // the type it is a method of (for repr and self checks)
};

struct BoundMethod : Object {
  Value function;
  Value self;
};

struct Property : Object {
  Value getter, setter, deleter, doc;
};

struct StaticMethod : Object {
  Value function;
};

struct ClassMethod : Object {
  Value function;
};

struct Super : Object {
  Type* type = nullptr;  // the class super() was called in
  Value self;
  Type* self_type = nullptr;
};

// One line of a traceback.
struct TracebackEntry {
  std::shared_ptr<Code> code;
  std::uint32_t instruction = 0;
};

// A traceback object (e.__traceback__, tb_next...): an entry and the next one inward. Made only
// when Python code asks for one (exception_traceback); raising and unwinding record entries.
struct TracebackObject : Object {
  ~TracebackObject() override;
  TracebackEntry entry;
  Value next;   // TracebackObject, or null for the innermost
  Value frame;  // tb_frame, once asked for
};

// tb_frame: what is known of the frame once it has gone, its code and where it stopped. A
// running frame's (sys._getframe) also has its globals, its locals and the frame behind it;
// where it is and its locals are refreshed while it runs (refresh_running_frame).
struct FrameObject : Object {
  TracebackEntry entry;
  Value globals;  // null for tb_frame
  Value locals;
  Value back;                      // FrameObject, or null for the outermost
  const Frame* running = nullptr;  // compared only, never followed unless still running
  std::uint32_t depth = 0;
};

// BaseException and its subclasses. It is an aio::ErrorObject, so futures and tasks carry
// Python exceptions as they are.
struct ExceptionObject : aio::ErrorObject {
  explicit ExceptionObject(aio::ErrorKind kind, VM* vm) : aio::ErrorObject(kind), vm(vm) {}
  std::string type_name() const override;
  std::string message() const override;
  [[noreturn]] void rethrow() const override;

  VM* vm;
  Value args;  // Tuple
  Value dict;
  Value cause, context;
  bool suppress_context = false;
  std::vector<TracebackEntry> traceback;  // innermost first (appended while unwinding)
  // The locals of the frames it left, kept as long as it lives (finish_frame_with_error).
  std::vector<Value> frame_locals;
  Value notes;                            // List or null (add_note)
  Value exceptions;                       // (Base)ExceptionGroup: Tuple of exceptions
  Value value;                            // StopIteration.value
  // __traceback__: the TracebackObject of traceback[traceback_objects - 1], made on demand.
  Value traceback_object;
  std::size_t traceback_objects = 0;
};

// Generators, coroutines and async generators share a struct: a suspended frame.
struct GeneratorObject : Object {
  ~GeneratorObject() override;
  // A generator dropped while suspended in a try or with block is closed first, as CPython's
  // finalizer does, so that its finally blocks and __exit__ run (VM::schedule_finalizer).
  void last_reference_dropped() noexcept override;
  Frame* frame = nullptr;  // owned; null once finished
  Value name, qualname;
  Frame* innermost = nullptr;  // while a coroutine driven by send() is suspended in a callee
  bool running = false;
  bool started = false;
  bool finished = false;
  bool awaited = false;  // a coroutine that was awaited / driven (no "never awaited" warning)
  // An async generator first iterated while the asyncio loop ran: the loop's (VM::loop_asyncgens).
  bool loop_hooked = false;
};

// Iterators over built-in containers and the lazy built-ins (map, zip, enumerate...): one
// struct with a kind and a few slots keeps the type table short.
enum class IterKind : std::uint8_t {
  Sequence,   // list / tuple / str / bytes by index
  Range, DictKeys, DictValues, DictItems, Set, Callable, Enumerate, Zip, Map, Filter, Reversed,
  Native,  // next() calls `fn`
};
struct IteratorObject : Object {
  IterKind kind = IterKind::Sequence;
  Value source;                // the container / underlying iterator
  std::vector<Value> sources;  // zip / map
  Value function;              // map / filter / callable-iter sentinel
  Value sentinel;
  std::int64_t position = 0, stop = 0, step = 1;
  std::size_t expected_size = 0;  // dict iteration: detects "changed size during iteration"
  NativeFn next_fn = nullptr;     // Native
};

// Views returned by dict.keys()/values()/items().
struct DictView : Object {
  Value dict;
  IterKind kind = IterKind::DictKeys;
};

}  // namespace py
