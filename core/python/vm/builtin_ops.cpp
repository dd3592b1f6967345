// The built-in behaviour of the built-in types (builtin_types.hpp): repr, comparisons, operators,
// subscripts, len/in, iteration and format, with CPython 3.11's results and error messages.
// Everything is switched on the layout, so a subclass of a built-in (class L(list)) behaves as
// its base where CPython's does; results of operators are of the base type ([1] + L() is a
// list). Numbers are objects/numbers.hpp's; str's % and format spec are objects/str_methods.hpp's;
// the set operators are objects/container_methods.hpp's.
#include <charconv>
#include <cstdint>
#include <iterator>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/modules.hpp"
#include "num/float_format.hpp"
#include "objects/complex.hpp"
#include "objects/container_methods.hpp"
#include "objects/numbers.hpp"
#include "objects/str_methods.hpp"
#include "vm/builtin_types.hpp"
#include "vm/code.hpp"
#include "vm/interpreter.hpp"
#include "vm/set_table.hpp"

namespace py {

// Runs a generator to its next yield: the yielded value; null without an exception when it
// returned; null with one when it raised. Defined in runtime_support.cpp (generators run in the
// interpreter loop).
Value generator_next(VM& vm, const Value& generator);

// The address as CPython's %p prints it (declared in builtin_types.hpp): "0x7f3a...", lowercase. A
// small int has no object: its tagged word stands in.
std::string address_of(const Value& v) {
  return "0x" + num::hex_digits(v.bits());
}

// CPython's tp_name: a class statement's class is "C", a built-in "int", a type made by a C++
// module (structseqs such as time.struct_time included) "collections.deque".
std::string tp_name(const Type* type) {
  if (!type->c_name.empty()) return type->c_name;
  if ((type->heap && !type->sealed) || type->module == "builtins") return type->name;
  return type->module + "." + type->name;
}

namespace {

constexpr std::int64_t kInt64Max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kInt64Min = std::numeric_limits<std::int64_t>::min();
// IteratorObject::position of an exhausted iterator: it stays exhausted even if its container
// grows afterwards (CPython drops the container).
constexpr std::int64_t kExhausted = kInt64Max;

// ---- Small helpers ------------------------------------------------------------------------------

Value text_value(VM& vm, std::string_view text) { return vm.make_str(text); }

Layout layout_of(VM& vm, const Value& v) { return vm.type_of(v)->layout; }

bool is_number(Layout layout) {
  return layout == Layout::Int || layout == Layout::Bool || layout == Layout::Float;
}

bool is_dict_view(VM& vm, const Value& v) {
  std::uint32_t index = vm.type_index(v);
  return index == kDictKeysType || index == kDictValuesType || index == kDictItemsType;
}

// A view that behaves as a set (keys and items; values do not).
bool is_set_like_view(VM& vm, const Value& v) {
  std::uint32_t index = vm.type_index(v);
  return index == kDictKeysType || index == kDictItemsType;
}

// CPython's name for the iterator, by kind and by what it iterates.
std::string iterator_name(VM& vm, const IteratorObject& it) {
  Layout source = it.source ? layout_of(vm, it.source) : Layout::Other;
  switch (it.kind) {
    case IterKind::Sequence:
      if (source == Layout::List) return "list_iterator";
      if (source == Layout::Tuple) return "tuple_iterator";
      if (source == Layout::Str)
        return it.source.as<Str>()->ascii ? "str_ascii_iterator" : "str_iterator";
      if (source == Layout::Bytes) return "bytes_iterator";
      return "iterator";
    case IterKind::Range: return "range_iterator";
    case IterKind::DictKeys: return "dict_keyiterator";
    case IterKind::DictValues: return "dict_valueiterator";
    case IterKind::DictItems: return "dict_itemiterator";
    case IterKind::Set: return "set_iterator";
    case IterKind::Callable: return "callable_iterator";
    case IterKind::Enumerate: return "enumerate";
    case IterKind::Zip: return "zip";
    case IterKind::Map: return "map";
    case IterKind::Filter: return "filter";
    case IterKind::Reversed: return source == Layout::List ? "list_reverseiterator" : "reversed";
    case IterKind::Native: break;
  }
  return "iterator";
}

// The type name of v for messages; the built-in iterators share a type but CPython names them
// apart ('list_iterator' object is not subscriptable).
std::string tp_name_of(VM& vm, const Value& v) {
  if (vm.type_index(v) == kIteratorType) return iterator_name(vm, *v.as<IteratorObject>());
  return tp_name(vm.type_of(v));
}

// "module.qualname", without the module for built-ins (object_repr, type_repr).
std::string qualified_name(const Type* type) {
  const std::string& qualname = type->qualname.empty() ? type->name : type->qualname;
  if (type->module == "builtins") return qualname;
  return type->module + "." + qualname;
}

std::string object_repr_text(const Value& v, const std::string& name) {
  return "<" + name + " object at " + address_of(v) + ">";
}

// `x is y or x == y`: CPython's PyObject_RichCompareBool(x, y, Py_EQ). 1, 0, or -1 (raised).
int same_or_equal(VM& vm, const Value& x, const Value& y) {
  if (x.is(y)) return 1;
  return vm.equal(x, y);
}

// int or __index__ (PyIndex_Check).
bool has_index(VM& vm, const Value& v) {
  return vm.is_int(v) || static_cast<bool>(vm.lookup_in_type(vm.type_of(v), "__index__"));
}

Value ordering(VM& vm, int comparison, int op) {
  switch (op) {
    case kLt: return vm.boolean(comparison < 0);
    case kLe: return vm.boolean(comparison <= 0);
    case kEq: return vm.boolean(comparison == 0);
    case kNe: return vm.boolean(comparison != 0);
    case kGt: return vm.boolean(comparison > 0);
    default: return vm.boolean(comparison >= 0);
  }
}

template <class T>
int three_way(const T& a, const T& b) {
  return a < b ? -1 : (b < a ? 1 : 0);
}

// Py_EnterRecursiveCall for the C++ recursions of repr and comparison: nesting counts towards
// the recursion limit together with the Python frames, and raises RecursionError before the
// native stack runs out.
class RecursionGuard {
 public:
  RecursionGuard(VM& vm, std::string_view where) {
    ++depth();
    if (vm.interpreter().frame_depth() + depth() > vm.recursion_limit) {
      exceeded_ = true;
      vm.raise(vm.exc().RecursionError,
               "maximum recursion depth exceeded" + std::string(where));
    }
  }
  ~RecursionGuard() { --depth(); }
  RecursionGuard(const RecursionGuard&) = delete;
  RecursionGuard& operator=(const RecursionGuard&) = delete;
  bool exceeded() const { return exceeded_; }

 private:
  static std::uint32_t& depth() {
    thread_local std::uint32_t nesting = 0;
    return nesting;
  }
  bool exceeded_ = false;
};

// ---- UTF-8 --------------------------------------------------------------------------------------

std::size_t utf8_size(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

// The code point at text[offset] (valid UTF-8) and its size in bytes.
char32_t decode_utf8(std::string_view text, std::size_t offset, std::size_t& size) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[offset + i]); };
  unsigned char lead = byte(0);
  size = utf8_size(lead);
  switch (size) {
    case 1: return lead;
    case 2: return (char32_t(lead & 0x1F) << 6) | (byte(1) & 0x3F);
    case 3:
      return (char32_t(lead & 0x0F) << 12) | (char32_t(byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
    default:
      return (char32_t(lead & 0x07) << 18) | (char32_t(byte(1) & 0x3F) << 12) |
             (char32_t(byte(2) & 0x3F) << 6) | (byte(3) & 0x3F);
  }
}

// The byte offset of code point `index` (0 <= index <= length).
std::size_t code_point_offset(const Str& s, std::int64_t index) {
  if (s.ascii) return static_cast<std::size_t>(index);
  std::size_t offset = 0;
  for (std::int64_t i = 0; i < index; ++i)
    offset += utf8_size(static_cast<unsigned char>(s.text[offset]));
  return offset;
}

// The byte offsets of every code point, and of the end.
std::vector<std::size_t> code_point_offsets(const Str& s) {
  std::vector<std::size_t> offsets;
  offsets.reserve(s.length + 1);
  for (std::size_t offset = 0; offset < s.text.size();
       offset += utf8_size(static_cast<unsigned char>(s.text[offset])))
    offsets.push_back(offset);
  offsets.push_back(s.text.size());
  return offsets;
}

// ---- repr ---------------------------------------------------------------------------------------

void append_hex(std::string& out, std::uint32_t value, int digits) {
  static constexpr char kHex[] = "0123456789abcdef";
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += kHex[(value >> shift) & 0xF];
}

// The quote CPython's str and bytes reprs choose: ' unless the text has ' and no ".
char repr_quote(std::string_view text) {
  bool single = text.find('\'') != std::string_view::npos;
  bool dual = text.find('"') != std::string_view::npos;
  return single && !dual ? '"' : '\'';
}

// Escapes an ASCII character for a str or bytes repr; false when it is not special.
bool append_ascii_escape(std::string& out, unsigned char c, char quote) {
  if (c == static_cast<unsigned char>(quote) || c == '\\') {
    out += '\\';
    out += static_cast<char>(c);
  } else if (c == '\t') {
    out += "\\t";
  } else if (c == '\n') {
    out += "\\n";
  } else if (c == '\r') {
    out += "\\r";
  } else if (c < ' ' || c >= 0x7f) {
    out += "\\x";
    append_hex(out, c, 2);
  } else {
    return false;
  }
  return true;
}

std::string str_repr_text(std::string_view text) {
  char quote = repr_quote(text);
  std::string out;
  out.reserve(text.size() + 2);
  out += quote;
  for (std::size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (!append_ascii_escape(out, c, quote)) out += static_cast<char>(c);
      ++i;
      continue;
    }
    std::size_t size;
    char32_t code = decode_utf8(text, i, size);
    if (unicode::is_printable(code)) {
      out.append(text.substr(i, size));
    } else if (code <= 0xff) {
      out += "\\x";
      append_hex(out, code, 2);
    } else if (code <= 0xffff) {
      out += "\\u";
      append_hex(out, code, 4);
    } else {
      out += "\\U";
      append_hex(out, code, 8);
    }
    i += size;
  }
  out += quote;
  return out;
}

std::string bytes_repr_text(std::string_view data) {
  char quote = repr_quote(data);
  std::string out = "b";
  out.reserve(data.size() + 3);
  out += quote;
  for (char ch : data) {
    auto c = static_cast<unsigned char>(ch);
    if (!append_ascii_escape(out, c, quote)) out += ch;
  }
  out += quote;
  return out;
}

bool append_repr(VM& vm, std::string& out, const Value& item) {
  Value text = vm.repr(item);
  if (!text) return false;
  out += VM::str_text(text);
  return true;
}

// "a, b, c" for the items of a list or tuple. Items are re-read at each step: a repr may mutate
// the list (the vector stays valid: the caller holds its owner).
bool append_items(VM& vm, std::string& out, const std::vector<Value>& items) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ", ";
    Value item = items[i];
    if (!append_repr(vm, out, item)) return false;
  }
  return true;
}

Value list_repr(VM& vm, const Value& v) {
  const std::vector<Value>& items = v.as<List>()->items;
  if (items.empty()) return text_value(vm, "[]");
  modules::ReprGuard guard(v.object());
  if (guard.recursive()) return text_value(vm, "[...]");
  std::string out = "[";
  if (!append_items(vm, out, items)) return Value();
  out += ']';
  return vm.make_str(std::move(out));
}

// "(1,)" for one item, as Python writes a one-tuple.
std::optional<std::string> tuple_text(VM& vm, const std::vector<Value>& items) {
  std::string out = "(";
  if (!append_items(vm, out, items)) return std::nullopt;
  if (items.size() == 1) out += ',';
  out += ')';
  return out;
}

Value tuple_repr(VM& vm, const Value& v) {
  const std::vector<Value>& items = v.as<Tuple>()->items;
  if (items.empty()) return text_value(vm, "()");
  modules::ReprGuard guard(v.object());
  if (guard.recursive()) return text_value(vm, "(...)");
  auto text = tuple_text(vm, items);
  if (!text) return Value();
  return vm.make_str(std::move(*text));
}

Value dict_repr(VM& vm, const Value& v) {
  const Dict& dict = *v.as<Dict>();
  if (dict.used == 0) return text_value(vm, "{}");
  modules::ReprGuard guard(v.object());
  if (guard.recursive()) return text_value(vm, "{...}");
  std::string out = "{";
  bool first = true;
  for (std::size_t i = 0; i < dict.entries.size(); ++i) {
    if (!dict.entries[i].key) continue;
    Value key = dict.entries[i].key, value = dict.entries[i].value;
    if (!first) out += ", ";
    first = false;
    if (!append_repr(vm, out, key)) return Value();
    out += ": ";
    if (!append_repr(vm, out, value)) return Value();
  }
  out += '}';
  return vm.make_str(std::move(out));
}

// The live keys of a set's table, in iteration order.
std::vector<Value> set_keys(const SetObject& set) {
  std::vector<Value> keys;
  keys.reserve(set.table.used);
  for (const SetEntry& entry : set.table.slots)
    if (entry.key) keys.push_back(entry.key);
  return keys;
}

// {1, 2}; set() when empty; frozenset({1}) and S({1}) for frozenset and subclasses.
Value set_repr(VM& vm, const Value& v) {
  const SetObject& set = *v.as<SetObject>();
  std::string name = tp_name_of(vm, v);
  if (set.table.used == 0) return vm.make_str(name + "()");
  modules::ReprGuard guard(v.object());
  if (guard.recursive()) return vm.make_str(name + "(...)");
  std::vector<Value> keys = set_keys(set);
  std::string out = "{";
  if (!append_items(vm, out, keys)) return Value();
  out += '}';
  if (vm.type_index(v) != kSetType) out = name + "(" + out + ")";
  return vm.make_str(std::move(out));
}

// The items a view shows (its list()): keys, values or (key, value) tuples.
std::vector<Value> view_items(VM& vm, const Dict& dict, IterKind kind) {
  std::vector<Value> items;
  items.reserve(dict.used);
  for (const DictEntry& entry : dict.entries) {
    if (!entry.key) continue;
    if (kind == IterKind::DictKeys) {
      items.push_back(entry.key);
    } else if (kind == IterKind::DictValues) {
      items.push_back(entry.value);
    } else {
      items.push_back(vm.make_tuple({entry.key, entry.value}));
    }
  }
  return items;
}

const char* view_name(IterKind kind) {
  if (kind == IterKind::DictKeys) return "dict_keys";
  if (kind == IterKind::DictValues) return "dict_values";
  return "dict_items";
}

Value view_repr(VM& vm, const Value& v) {
  const DictView& view = *v.as<DictView>();
  modules::ReprGuard guard(v.object());
  if (guard.recursive()) return text_value(vm, "...");
  std::vector<Value> items = view_items(vm, *view.dict.as<Dict>(), view.kind);
  std::string out = std::string(view_name(view.kind)) + "([";
  if (!append_items(vm, out, items)) return Value();
  out += "])";
  return vm.make_str(std::move(out));
}

Value range_repr(VM& vm, const RangeObject& r) {
  std::string out = "range(" + std::to_string(r.start) + ", " + std::to_string(r.stop);
  if (r.step != 1) out += ", " + std::to_string(r.step);
  out += ')';
  return vm.make_str(std::move(out));
}

// A slice's bounds are Values (None when omitted); a null one shows as None too.
bool append_optional_repr(VM& vm, std::string& out, const Value& v) {
  return append_repr(vm, out, v ? v : vm.none());
}

Value slice_repr(VM& vm, const SliceObject& s) {
  std::string out = "slice(";
  if (!append_optional_repr(vm, out, s.start)) return Value();
  out += ", ";
  if (!append_optional_repr(vm, out, s.stop)) return Value();
  out += ", ";
  if (!append_optional_repr(vm, out, s.step)) return Value();
  out += ')';
  return vm.make_str(std::move(out));
}

std::string str_or(const Value& v, std::string_view fallback) {
  return v ? VM::str_text(v) : std::string(fallback);
}

// A callable's __qualname__ for a bound method's repr (CPython: __qualname__, else __name__).
std::optional<std::string> callable_qualname(VM& vm, const Value& callable) {
  if (vm.type_index(callable) == kFunctionType) {
    const Function& f = *callable.as<Function>();
    return str_or(f.qualname ? f.qualname : f.name, "?");
  }
  if (vm.type_index(callable) == kBuiltinFunctionType) {
    const NativeFunction& f = *callable.as<NativeFunction>();
    return f.owner ? f.owner->name + "." + f.name : f.name;
  }
  for (std::string_view attribute : {"__qualname__", "__name__"}) {
    Value name = vm.get_attr_opt(callable, vm.intern(attribute));
    if (!name && vm.has_pending_exception()) return std::nullopt;
    if (name && vm.type_index(name) == kStrType) return VM::str_text(name);
  }
  return "?";
}

// Whether a built-in type's method `name` is one of CPython's slot wrappers (the dunders of
// typeobject.c's slotdefs: "<slot wrapper '__add__' of 'int' objects>", bound a
// "<method-wrapper ...>") rather than a method descriptor. A few types define some of these as
// methods (METH_COEXIST): list's and dict's __getitem__, dict's and the sets' __contains__.
bool is_slot_wrapper(const NativeFunction& f) {
  static constexpr std::string_view kSlots[] = {
      "repr",      "str",     "hash",     "call",      "getattribute", "setattr", "delattr",
      "lt",        "le",      "eq",       "ne",        "gt",           "ge",      "iter",
      "next",      "get",     "set",      "delete",    "init",         "del",     "await",
      "aiter",     "anext",   "add",      "radd",      "sub",          "rsub",    "mul",
      "rmul",      "mod",     "rmod",     "divmod",    "rdivmod",      "pow",     "rpow",
      "neg",       "pos",     "abs",      "bool",      "invert",       "lshift",  "rlshift",
      "rshift",    "rrshift", "and",      "rand",      "xor",          "rxor",    "or",
      "ror",       "int",     "float",    "iadd",      "isub",         "imul",    "imod",
      "ipow",      "ilshift", "irshift",  "iand",      "ixor",         "ior",     "floordiv",
      "rfloordiv", "truediv", "rtruediv", "ifloordiv", "itruediv",     "index",   "matmul",
      "rmatmul",   "imatmul", "len",      "getitem",   "setitem",      "delitem", "contains"};
  std::string_view name = f.name;
  if (!f.owner || f.owner->heap || name.size() < 5 || !name.starts_with("__") ||
      !name.ends_with("__"))
    return false;
  name = name.substr(2, name.size() - 4);
  const Layout layout = f.owner->layout;
  if ((name == "getitem" && (layout == Layout::List || layout == Layout::Dict)) ||
      (name == "contains" &&
       (layout == Layout::Dict || layout == Layout::Set || layout == Layout::FrozenSet)))
    return false;
  return std::find(std::begin(kSlots), std::end(kSlots), name) != std::end(kSlots);
}

Value native_function_repr(VM& vm, const Value& v) {
  const NativeFunction& f = *v.as<NativeFunction>();
  const bool slot = f.is_method && is_slot_wrapper(f);
  if (!f.self || vm.type_index(f.self) == kModuleType) {
    if (f.is_method && f.owner) {
      return vm.make_str((slot ? "<slot wrapper '" : "<method '") + f.name + "' of '" +
                         tp_name(f.owner) + "' objects>");
    }
    return vm.make_str("<built-in function " + f.name + ">");
  }
  if (slot) {
    return vm.make_str("<method-wrapper '" + f.name + "' of " + tp_name_of(vm, f.self) +
                       " object at " + address_of(f.self) + ">");
  }
  return vm.make_str("<built-in method " + f.name + " of " + tp_name_of(vm, f.self) +
                     " object at " + address_of(f.self) + ">");
}

Value bound_method_repr(VM& vm, const Value& v) {
  const BoundMethod& m = *v.as<BoundMethod>();
  auto name = callable_qualname(vm, m.function);
  if (!name) return Value();
  std::string out = "<bound method " + *name + " of ";
  if (!append_repr(vm, out, m.self)) return Value();
  out += '>';
  return vm.make_str(std::move(out));
}

// <module 'math' (built-in)>, or <module 'helpers' from '/path/helpers.py'> for a module with
// a __file__.
Value module_repr(VM& vm, const Value& v) {
  const Module& m = *v.as<Module>();
  std::string name = m.name ? VM::str_text(m.name) : "?";
  std::string out = "<module " + str_repr_text(name);
  Value file = m.dict ? vm.dict_get_item(*m.dict.as<Dict>(), "__file__") : Value();
  if (file && vm.type_index(file) == kStrType) {
    out += " from " + str_repr_text(VM::str_text(file)) + ">";
  } else {
    out += " (built-in)>";
  }
  return vm.make_str(std::move(out));
}

Value cell_repr(VM& vm, const Value& v) {
  const Cell& cell = *v.as<Cell>();
  std::string out = "<cell at " + address_of(v) + ": ";
  if (!cell.value) {
    out += "empty>";
  } else {
    out += tp_name_of(vm, cell.value) + " object at " + address_of(cell.value) + ">";
  }
  return vm.make_str(std::move(out));
}

Value code_repr(VM& vm, const Value& v) {
  const Code& code = *v.as<CodeObject>()->code;
  std::string file = code.source ? code.source->filename : "???";
  return vm.make_str("<code object " + code.name + " at " + address_of(v) + ", file \"" + file +
                     "\", line " + std::to_string(code.first_line) + ">");
}

// <generator object f at 0x...>, <coroutine object main at 0x...>, <async_generator ...>.
Value generator_repr(VM& vm, const Value& v) {
  const GeneratorObject& g = *v.as<GeneratorObject>();
  std::string name = str_or(g.qualname ? g.qualname : g.name, "?");
  return vm.make_str("<" + vm.type_of(v)->name + " object " + name + " at " + address_of(v) +
                     ">");
}

// ValueError(), ValueError('x'), ValueError('a', 1): the class name and the args.
Value exception_repr(VM& vm, const Value& v) {
  const ExceptionObject& e = *vm.as_exception(v);
  std::string out = vm.type_of(v)->name;
  if (!e.args) return vm.make_str(out + "()");
  const std::vector<Value>& args = e.args.as<Tuple>()->items;
  if (args.size() == 1) {
    out += '(';
    if (!append_repr(vm, out, args[0])) return Value();
    out += ')';
  } else {
    auto text = tuple_text(vm, args);
    if (!text) return Value();
    out += *text;
  }
  return vm.make_str(std::move(out));
}

// <staticmethod(<function f at 0x...>)>
Value wrapper_repr(VM& vm, std::string_view kind, const Value& function) {
  std::string out = "<" + std::string(kind) + "(";
  if (!append_optional_repr(vm, out, function)) return Value();
  out += ")>";
  return vm.make_str(std::move(out));
}

Value super_repr(VM& vm, const Super& s) {
  std::string type = s.type ? tp_name(s.type) : "NULL";
  if (!s.self_type) return vm.make_str("<super: <class '" + type + "'>, NULL>");
  return vm.make_str("<super: <class '" + type + "'>, <" + tp_name(s.self_type) + " object>>");
}

// <__main__.C object at 0x...>; Future and Task are _asyncio's.
Value generic_repr(VM& vm, const Value& v) {
  Type* type = vm.type_of(v);
  std::string name = qualified_name(type);
  if ((type->layout == Layout::Future || type->layout == Layout::Task) &&
      type->module == "builtins")
    name = "_asyncio." + name;
  return vm.make_str(object_repr_text(v, name));
}

Value type_repr(VM& vm, const Type& type) {
  return vm.make_str("<class '" + qualified_name(&type) + "'>");
}

// ---- Comparison ---------------------------------------------------------------------------------

const std::vector<Value>& sequence_items(const Value& v, bool is_list) {
  return is_list ? v.as<List>()->items : v.as<Tuple>()->items;
}

// list_richcompare / tuplerichcompare: the first index where the items differ (identity or ==)
// decides; when one sequence is a prefix of the other, the lengths do.
Value compare_sequences(VM& vm, const Value& a, const Value& b, int op, bool is_list) {
  const std::vector<Value>& x = sequence_items(a, is_list);
  const std::vector<Value>& y = sequence_items(b, is_list);
  if ((op == kEq || op == kNe) && x.size() != y.size()) return vm.boolean(op == kNe);
  RecursionGuard guard(vm, " in comparison");
  if (guard.exceeded()) return Value();
  // Comparing items may mutate a list: sizes and items are re-read at each step.
  for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
    Value left = x[i], right = y[i];
    int equal = same_or_equal(vm, left, right);
    if (equal < 0) return Value();
    if (equal) continue;
    if (op == kEq) return vm.false_value();
    if (op == kNe) return vm.true_value();
    return vm.rich_compare(left, right, op);
  }
  return ordering(vm, three_way(x.size(), y.size()), op);
}

// dict == dict: the same keys, each with an equal value. 1, 0, -1.
int dicts_equal(VM& vm, Dict& a, Dict& b) {
  if (a.used != b.used) return 0;
  RecursionGuard guard(vm, " in comparison");
  if (guard.exceeded()) return -1;
  for (std::size_t i = 0; i < a.entries.size(); ++i) {
    if (!a.entries[i].key) continue;
    Value key = a.entries[i].key, value = a.entries[i].value;
    Value other;
    int found = vm.dict_get(b, key, other);
    if (found <= 0) return found;
    int equal = same_or_equal(vm, value, other);
    if (equal <= 0) return equal;
  }
  return 1;
}

std::uint64_t range_length(const RangeObject& r) {
  if (r.step > 0) {
    if (r.start >= r.stop) return 0;
    return (static_cast<std::uint64_t>(r.stop) - static_cast<std::uint64_t>(r.start) - 1) /
               static_cast<std::uint64_t>(r.step) +
           1;
  }
  if (r.start <= r.stop) return 0;
  return (static_cast<std::uint64_t>(r.start) - static_cast<std::uint64_t>(r.stop) - 1) /
             (std::uint64_t(0) - static_cast<std::uint64_t>(r.step)) +
         1;
}

// Ranges are equal when they produce the same numbers: range(0) == range(5, 2).
bool ranges_equal(const RangeObject& a, const RangeObject& b) {
  std::uint64_t length = range_length(a);
  if (length != range_length(b)) return false;
  if (length == 0) return true;
  if (a.start != b.start) return false;
  return length == 1 || a.step == b.step;
}

Value slice_tuple(VM& vm, const SliceObject& s) {
  auto bound = [&](const Value& v) { return v ? v : vm.none(); };
  return vm.make_tuple({bound(s.start), bound(s.stop), bound(s.step)});
}

// ---- Binary operators ---------------------------------------------------------------------------

bool is_sequence(Layout layout) {
  return layout == Layout::List || layout == Layout::Tuple || layout == Layout::Str ||
         layout == Layout::Bytes;
}

Value concat(VM& vm, const Value& a, const Value& b, bool reflected) {
  Layout left = layout_of(vm, a), right = layout_of(vm, b);
  if (left == right) {
    switch (left) {
      case Layout::List: {
        std::vector<Value> items = a.as<List>()->items;
        const std::vector<Value>& more = b.as<List>()->items;
        items.insert(items.end(), more.begin(), more.end());
        return vm.make_list(std::move(items));
      }
      case Layout::Tuple: {
        std::vector<Value> items = a.as<Tuple>()->items;
        const std::vector<Value>& more = b.as<Tuple>()->items;
        items.insert(items.end(), more.begin(), more.end());
        return vm.make_tuple(std::move(items));
      }
      case Layout::Str: return vm.make_str(VM::str_text(a) + VM::str_text(b));
      case Layout::Bytes:
        return vm.make_bytes(a.as<BytesObject>()->data + b.as<BytesObject>()->data);
      default: break;
    }
  }
  if (!is_sequence(left)) return vm.not_implemented();
  // A user class on the right may still have __radd__: the VM tries it before the reflected
  // call, which raises the sequence's own message.
  if (!reflected && vm.type_of(b)->heap) return vm.not_implemented();
  std::string other = tp_name_of(vm, b);
  switch (left) {
    case Layout::List:
      return vm.type_error("can only concatenate list (not \"" + other + "\") to list");
    case Layout::Tuple:
      return vm.type_error("can only concatenate tuple (not \"" + other + "\") to tuple");
    case Layout::Str:
      return vm.type_error("can only concatenate str (not \"" + other + "\") to str");
    default:
      return vm.type_error("can't concat " + other + " to bytes");
  }
}

// n in `sequence * n`: an int or __index__, OverflowError when it does not fit.
bool repeat_count(VM& vm, const Value& n, std::int64_t& out) {
  if (n.is_small()) {
    out = n.small_value();
    return true;
  }
  if (vm.is_int(n)) {
    if (vm.to_int64(n, out)) return true;
    vm.raise(vm.exc().OverflowError, "cannot fit 'int' into an index-sized integer");
    return false;
  }
  return vm.to_index(n, out);
}

Value memory_error(VM& vm) { return vm.raise(vm.exc().MemoryError, ""); }

template <class Container>
Container repeated(const Container& items, std::int64_t count) {
  Container out;
  out.reserve(items.size() * static_cast<std::size_t>(count));
  for (std::int64_t i = 0; i < count; ++i) out.insert(out.end(), items.begin(), items.end());
  return out;
}

// list * n, tuple * n, str * n, bytes * n (n * seq too). Non-positive counts give an empty
// sequence.
Value repeat(VM& vm, const Value& a, const Value& b, bool reflected) {
  bool left_is_sequence = is_sequence(layout_of(vm, a));
  if (!left_is_sequence && !is_sequence(layout_of(vm, b))) return vm.not_implemented();
  const Value& sequence = left_is_sequence ? a : b;
  const Value& n = left_is_sequence ? b : a;
  if (!has_index(vm, n)) {
    // As in concat: leave a chance to a user class's __mul__/__rmul__ first.
    if (!reflected && vm.type_of(n)->heap) return vm.not_implemented();
    return vm.type_error("can't multiply sequence by non-int of type '" + tp_name_of(vm, n) +
                         "'");
  }
  std::int64_t count;
  if (!repeat_count(vm, n, count)) return Value();
  if (count < 0) count = 0;
  auto too_big = [&](std::uint64_t size, std::uint64_t unit) {
    return count > 0 && size > 0 &&
           (size > static_cast<std::uint64_t>(kInt64Max) / static_cast<std::uint64_t>(count) ||
            size * static_cast<std::uint64_t>(count) > kMaxAllocationBytes / unit);
  };
  switch (layout_of(vm, sequence)) {
    case Layout::List: {
      const std::vector<Value>& items = sequence.as<List>()->items;
      if (too_big(items.size(), sizeof(Value))) return memory_error(vm);
      return vm.make_list(repeated(items, count));
    }
    case Layout::Tuple: {
      const std::vector<Value>& items = sequence.as<Tuple>()->items;
      if (too_big(items.size(), sizeof(Value))) return memory_error(vm);
      return vm.make_tuple(repeated(items, count));
    }
    case Layout::Str: {
      const Str& s = *sequence.as<Str>();
      if (count > 0 && s.length > static_cast<std::uint64_t>(kInt64Max / count))
        return vm.raise(vm.exc().OverflowError, "repeated string is too long");
      if (too_big(s.text.size(), 1)) return memory_error(vm);
      return vm.make_str(repeated(s.text, count));
    }
    default: {
      const std::string& data = sequence.as<BytesObject>()->data;
      if (count > 0 && data.size() > static_cast<std::uint64_t>(kInt64Max / count))
        return vm.raise(vm.exc().OverflowError, "repeated bytes are too long");
      if (too_big(data.size(), 1)) return memory_error(vm);
      return vm.make_bytes(repeated(data, count));
    }
  }
}

// dict | dict: a new dict (never a subclass) with a's items updated by b's.
Value dict_or(VM& vm, const Value& a, const Value& b) {
  const Dict& source = *a.as<Dict>();
  Value result = vm.make_dict();
  Dict& dict = *result.as<Dict>();
  dict.entries = source.entries;
  dict.index = source.index;
  dict.used = source.used;
  if (!dict_update_from(vm, dict, b)) return Value();
  return result;
}

// ---- Subscripts ---------------------------------------------------------------------------------

// An integer subscript: 1 with the value in `out`, 0 when `key` is not an integer (nothing
// raised), -1 when it raised (IndexError "cannot fit 'int' into an index-sized integer"...).
int subscript_index(VM& vm, const Value& key, std::int64_t& out) {
  if (key.is_small()) {
    out = key.small_value();
    return 1;
  }
  if (!has_index(vm, key)) return 0;
  if (vm.to_index(key, out)) return 1;
  if (vm.pending_is(vm.exc().OverflowError)) {
    vm.take_exception();
    vm.raise(vm.exc().IndexError, "cannot fit 'int' into an index-sized integer");
  }
  return -1;
}

// The TypeError for a key that is neither an integer nor a slice.
Value bad_index(VM& vm, Layout layout, const Value& key) {
  std::string type = tp_name_of(vm, key);
  switch (layout) {
    case Layout::Str:
      return vm.type_error("string indices must be integers, not '" + type + "'");
    case Layout::Tuple:
      return vm.type_error("tuple indices must be integers or slices, not " + type);
    case Layout::Bytes:
      return vm.type_error("byte indices must be integers or slices, not " + type);
    case Layout::Range:
      return vm.type_error("range indices must be integers or slices, not " + type);
    default:
      return vm.type_error("list indices must be integers or slices, not " + type);
  }
}

// A slice bound (_PyEval_SliceIndex): an int or __index__, clipped to the int64 range.
bool slice_bound(VM& vm, const Value& v, std::int64_t& out) {
  Value n = v;
  if (!vm.is_int(n)) {
    Value method = vm.lookup_in_type(vm.type_of(v), "__index__");
    if (!method) {
      vm.type_error("slice indices must be integers or None or have an __index__ method");
      return false;
    }
    n = vm.call(method, {v});
    if (!n) return false;
    if (!vm.is_int(n)) {
      vm.type_error("__index__ returned non-int (type " + tp_name_of(vm, n) + ")");
      return false;
    }
  }
  if (!vm.to_int64(n, out)) out = vm.to_bigint(n).is_negative() ? kInt64Min : kInt64Max;
  return true;
}

bool is_absent(VM& vm, const Value& v) { return !v || vm.is_none(v); }

// PySlice_Unpack: the bounds with their defaults; ValueError for a zero step.
bool unpack_slice(VM& vm, const SliceObject& slice, std::int64_t& start, std::int64_t& stop,
                  std::int64_t& step) {
  step = 1;
  if (!is_absent(vm, slice.step)) {
    if (!slice_bound(vm, slice.step, step)) return false;
    if (step == 0) {
      vm.value_error("slice step cannot be zero");
      return false;
    }
    // -step must not overflow.
    if (step < -kInt64Max) step = -kInt64Max;
  }
  start = step < 0 ? kInt64Max : 0;
  if (!is_absent(vm, slice.start) && !slice_bound(vm, slice.start, start)) return false;
  stop = step < 0 ? kInt64Min : kInt64Max;
  if (!is_absent(vm, slice.stop) && !slice_bound(vm, slice.stop, stop)) return false;
  return true;
}

// PySlice_AdjustIndices: clips start and stop to a sequence of `length`; the slice's length.
std::int64_t adjust_slice(std::int64_t length, std::int64_t& start, std::int64_t& stop,
                          std::int64_t step) {
  auto clip = [&](std::int64_t& bound) {
    if (bound < 0) {
      bound += length;
      if (bound < 0) bound = step < 0 ? -1 : 0;
    } else if (bound >= length) {
      bound = step < 0 ? length - 1 : length;
    }
  };
  clip(start);
  clip(stop);
  if (step < 0) {
    if (stop < start) return (start - stop - 1) / (-step) + 1;
  } else if (start < stop) {
    return (stop - start - 1) / step + 1;
  }
  return 0;
}

// The positions a slice selects in a sequence of `length`: false when it raised.
struct SlicePositions {
  std::int64_t start = 0, stop = 0, step = 1, count = 0;
};
bool slice_positions(VM& vm, const Value& key, std::int64_t length, SlicePositions& out) {
  if (!unpack_slice(vm, *key.as<SliceObject>(), out.start, out.stop, out.step)) return false;
  out.count = adjust_slice(length, out.start, out.stop, out.step);
  return true;
}

template <class Container>
Container slice_of(const Container& items, const SlicePositions& s) {
  if (s.step == 1) {
    if (s.count == 0) return Container();
    return Container(items.begin() + s.start, items.begin() + s.start + s.count);
  }
  Container out;
  out.reserve(static_cast<std::size_t>(s.count));
  for (std::int64_t i = 0; i < s.count; ++i)
    out.push_back(items[static_cast<std::size_t>(s.start + i * s.step)]);
  return out;
}

// Normalises a negative index; false when it is out of range.
bool in_range(std::int64_t& index, std::int64_t length) {
  if (index < 0) index += length;
  return index >= 0 && index < length;
}

Value str_subscript(VM& vm, const Value& container, const Value& key) {
  const Str& s = *container.as<Str>();
  std::int64_t length = s.length;
  std::int64_t index;
  int is_index = subscript_index(vm, key, index);
  if (is_index < 0) return Value();
  if (is_index) {
    if (!in_range(index, length)) return vm.index_error("string index out of range");
    std::size_t offset = code_point_offset(s, index);
    std::size_t size = utf8_size(static_cast<unsigned char>(s.text[offset]));
    return vm.make_str(std::string_view(s.text).substr(offset, size));
  }
  if (vm.type_index(key) != kSliceType) return bad_index(vm, Layout::Str, key);
  SlicePositions slice;
  if (!slice_positions(vm, key, length, slice)) return Value();
  if (s.ascii) return vm.make_str(slice_of(s.text, slice));
  std::vector<std::size_t> offsets = code_point_offsets(s);
  if (slice.step == 1) {
    std::size_t begin = offsets[static_cast<std::size_t>(slice.start)];
    std::size_t end = offsets[static_cast<std::size_t>(slice.start + slice.count)];
    return vm.make_str(std::string_view(s.text).substr(begin, end - begin));
  }
  std::string out;
  for (std::int64_t i = 0; i < slice.count; ++i) {
    auto at = static_cast<std::size_t>(slice.start + i * slice.step);
    out.append(s.text, offsets[at], offsets[at + 1] - offsets[at]);
  }
  return vm.make_str(std::move(out));
}

Value range_subscript(VM& vm, const Value& container, const Value& key) {
  const RangeObject& r = *container.as<RangeObject>();
  std::uint64_t size = range_length(r);
  if (size > static_cast<std::uint64_t>(kInt64Max))
    return vm.raise(vm.exc().OverflowError, "Python int too large to convert to C ssize_t");
  auto length = static_cast<std::int64_t>(size);
  std::int64_t index;
  int is_index = subscript_index(vm, key, index);
  if (is_index < 0) return Value();
  if (is_index) {
    if (!in_range(index, length)) return vm.index_error("range object index out of range");
    return vm.make_int(static_cast<std::int64_t>(r.start + static_cast<__int128>(index) * r.step));
  }
  if (vm.type_index(key) != kSliceType) return bad_index(vm, Layout::Range, key);
  SlicePositions slice;
  if (!slice_positions(vm, key, length, slice)) return Value();
  // range(start + i*step, start + j*step, step*k) for the slice's (i, j, k).
  __int128 start = r.start + static_cast<__int128>(slice.start) * r.step;
  __int128 stop = r.start + static_cast<__int128>(slice.stop) * r.step;
  __int128 step = static_cast<__int128>(r.step) * slice.step;
  for (__int128 bound : {start, stop, step}) {
    if (bound > kInt64Max || bound < kInt64Min)
      return vm.raise(vm.exc().OverflowError, "Python int too large to convert to C ssize_t");
  }
  return vm.make_range(static_cast<std::int64_t>(start), static_cast<std::int64_t>(stop),
                       static_cast<std::int64_t>(step));
}

// list, tuple and bytes subscripts.
template <class Items, class Make, class Item>
Value sequence_subscript(VM& vm, Layout layout, const Items& items, const Value& key,
                         const char* out_of_range, Make make, Item item) {
  std::int64_t index;
  int is_index = subscript_index(vm, key, index);
  if (is_index < 0) return Value();
  if (is_index) {
    if (!in_range(index, static_cast<std::int64_t>(items.size())))
      return vm.index_error(out_of_range);
    return item(items[static_cast<std::size_t>(index)]);
  }
  if (vm.type_index(key) != kSliceType) return bad_index(vm, layout, key);
  SlicePositions slice;
  if (!slice_positions(vm, key, static_cast<std::int64_t>(items.size()), slice)) return Value();
  return make(slice_of(items, slice));
}

Value dict_subscript(VM& vm, const Value& container, const Value& key) {
  Dict& dict = *container.as<Dict>();
  Value found;
  int r = vm.dict_get(dict, key, found);
  if (r > 0) return found;
  if (r < 0) return Value();
  if (vm.type_index(container) != kDictType) {
    if (Value missing = vm.lookup_in_type(vm.type_of(container), "__missing__"))
      return vm.call(missing, {container, key});
  }
  return vm.key_error(key);
}

// types.<function>(args): generic aliases (list[int]) and unions of types (int | None) are
// Python, in the library archive's `types` module, which a program that makes neither never
// loads.
Value call_types_function(VM& vm, std::string_view function, const Value& a, const Value& b) {
  Value module = vm.import_module(vm.intern("types"));
  if (!module) return {};
  Value callable = vm.get_attr(module, function);
  if (!callable) return {};
  return vm.call(callable, {a, b});
}

// Classes whose subscription makes a generic alias in CPython (list[int], dict[str, int],
// type[C], deque[int], Future[int]...).
bool is_generic_class(const Type& type) {
  switch (type.layout) {
    case Layout::List:
    case Layout::Dict:
    case Layout::Tuple:
    case Layout::Set:
    case Layout::FrozenSet:
    case Layout::Type:
    case Layout::Future:
    case Layout::Task:
      return true;
    default:
      break;
  }
  for (const Type* base : type.mro)
    if (!base->heap && (base->module == "collections" || base->module == "asyncio")) return true;
  return false;
}

// C[key] for a class: its __class_getitem__ (implicitly a classmethod), else a generic alias.
Value class_subscript(VM& vm, const Value& cls, const Value& key) {
  const Type& type = *cls.as<Type>();
  if (Value hook = vm.lookup_in_type(&type, "__class_getitem__")) {
    switch (vm.type_index(hook)) {
      case kStaticMethodType: return vm.call(hook.as<StaticMethod>()->function, {key});
      case kClassMethodType: return vm.call(hook.as<ClassMethod>()->function, {cls, key});
      default: return vm.call(hook, {cls, key});
    }
  }
  if (is_generic_class(type)) return call_types_function(vm, "GenericAlias", cls, key);
  return vm.type_error("type '" + tp_name(&type) + "' is not subscriptable");
}

// PySequence_Fast: the items of a list or tuple, else of any iterable (`message` replaces the
// TypeError of a non-iterable).
bool sequence_fast(VM& vm, const Value& value, std::string_view message,
                   std::vector<Value>& out) {
  std::uint32_t index = vm.type_index(value);
  if (index == kListType || index == kTupleType) {
    out = sequence_items(value, index == kListType);
    return true;
  }
  Value it = vm.iter(value);
  if (!it) {
    if (vm.pending_is(vm.exc().TypeError)) {
      vm.take_exception();
      vm.type_error(std::string(message));
    }
    return false;
  }
  for (;;) {
    Value item = vm.next(it);
    if (!item) return !vm.has_pending_exception();
    out.push_back(std::move(item));
  }
}

// list[slice] = iterable. Items leaving the list are released after it is consistent again
// (their __del__ may look at it).
bool list_assign_slice(VM& vm, const Value& container, const Value& key, const Value& value) {
  std::vector<Value> removed;
  std::int64_t start, stop, step;
  if (!unpack_slice(vm, *key.as<SliceObject>(), start, stop, step)) return false;
  std::vector<Value> items;
  if (!sequence_fast(vm, value,
                     step == 1 ? "can only assign an iterable"
                               : "must assign iterable to extended slice",
                     items))
    return false;
  std::vector<Value>& target = container.as<List>()->items;
  std::int64_t count = adjust_slice(static_cast<std::int64_t>(target.size()), start, stop, step);
  if (step == 1) {
    if (stop < start) stop = start;
    auto first = target.begin() + start, last = target.begin() + stop;
    removed.assign(std::make_move_iterator(first), std::make_move_iterator(last));
    target.erase(first, last);
    target.insert(target.begin() + start, std::make_move_iterator(items.begin()),
                  std::make_move_iterator(items.end()));
    return true;
  }
  if (static_cast<std::int64_t>(items.size()) != count) {
    vm.value_error("attempt to assign sequence of size " + std::to_string(items.size()) +
                   " to extended slice of size " + std::to_string(count));
    return false;
  }
  removed.reserve(items.size());
  for (std::int64_t i = 0; i < count; ++i) {
    Value& slot = target[static_cast<std::size_t>(start + i * step)];
    removed.push_back(std::move(slot));
    slot = std::move(items[static_cast<std::size_t>(i)]);
  }
  return true;
}

bool list_delete_slice(VM& vm, const Value& container, const Value& key) {
  std::vector<Value> removed;
  std::vector<Value>& target = container.as<List>()->items;
  SlicePositions slice;
  if (!slice_positions(vm, key, static_cast<std::int64_t>(target.size()), slice)) return false;
  if (slice.count == 0) return true;
  if (slice.step < 0) {
    // The same positions, walked upwards.
    slice.start += slice.step * (slice.count - 1);
    slice.step = -slice.step;
  }
  std::vector<Value> kept;
  kept.reserve(target.size() - static_cast<std::size_t>(slice.count));
  removed.reserve(static_cast<std::size_t>(slice.count));
  std::int64_t next_removed = slice.start, left = slice.count;
  for (std::size_t i = 0; i < target.size(); ++i) {
    if (left > 0 && static_cast<std::int64_t>(i) == next_removed) {
      removed.push_back(std::move(target[i]));
      if (--left > 0) next_removed += slice.step;
    } else {
      kept.push_back(std::move(target[i]));
    }
  }
  target = std::move(kept);
  return true;
}

// Types CPython gives sequence methods (tp_as_sequence) without item deletion: deleting an
// integer index says "doesn't support", anything else "does not support".
bool has_sequence_methods(VM& vm, const Value& v) {
  switch (layout_of(vm, v)) {
    case Layout::Tuple:
    case Layout::Str:
    case Layout::Bytes:
    case Layout::Range:
    case Layout::Set:
    case Layout::FrozenSet:
      return true;
    default:
      return is_dict_view(vm, v);
  }
}

// ---- Iteration ----------------------------------------------------------------------------------

Value dict_iterator(VM& vm, const Value& dict, IterKind kind) {
  Value it = vm.make_iterator(kind, dict);
  it.as<IteratorObject>()->expected_size = dict.as<Dict>()->used;
  return it;
}

Value exhausted(IteratorObject& it) {
  it.position = kExhausted;
  return Value();
}

Value sequence_next(VM& vm, IteratorObject& it) {
  if (it.position == kExhausted) return Value();
  const Value& source = it.source;
  auto position = static_cast<std::size_t>(it.position);
  Layout layout = layout_of(vm, source);
  switch (layout) {
    case Layout::List:
    case Layout::Tuple: {
      // Re-read every time: a list iterator sees the list grow.
      const std::vector<Value>& items = sequence_items(source, layout == Layout::List);
      if (position >= items.size()) return exhausted(it);
      ++it.position;
      return items[position];
    }
    case Layout::Str: {
      // position is a byte offset: one step per code point.
      const std::string& text = VM::str_text(source);
      if (position >= text.size()) return exhausted(it);
      std::size_t size = utf8_size(static_cast<unsigned char>(text[position]));
      it.position += static_cast<std::int64_t>(size);
      return vm.make_str(std::string_view(text).substr(position, size));
    }
    case Layout::Bytes: {
      const std::string& data = source.as<BytesObject>()->data;
      if (position >= data.size()) return exhausted(it);
      ++it.position;
      return Value::small(static_cast<unsigned char>(data[position]));
    }
    default:
      break;
  }
  // A class with __getitem__ only: source[0], source[1]... until IndexError or StopIteration.
  Value item = vm.get_item(source, vm.make_int(it.position));
  if (!item) {
    if (vm.pending_is(vm.exc().IndexError) || vm.pending_is(vm.exc().StopIteration)) {
      vm.take_exception();
      return exhausted(it);
    }
    return Value();
  }
  ++it.position;
  return item;
}

// reversed(seq): position is the index of the next item, counting down to -1.
Value reversed_next(VM& vm, IteratorObject& it) {
  if (it.position < 0) return Value();
  Layout layout = layout_of(vm, it.source);
  if (layout == Layout::List || layout == Layout::Tuple) {
    const std::vector<Value>& items = sequence_items(it.source, layout == Layout::List);
    if (static_cast<std::uint64_t>(it.position) >= items.size()) {
      it.position = -1;
      return Value();
    }
    return items[static_cast<std::size_t>(it.position--)];
  }
  Value item = vm.get_item(it.source, vm.make_int(it.position));
  if (!item) {
    if (vm.pending_is(vm.exc().IndexError) || vm.pending_is(vm.exc().StopIteration)) {
      vm.take_exception();
      it.position = -1;
    }
    return Value();
  }
  --it.position;
  return item;
}


Value range_next(VM& vm, IteratorObject& it) {
  if (it.step > 0 ? it.position >= it.stop : it.position <= it.stop) return Value();
  std::int64_t current = it.position;
  // Past the last value the position may not fit: the iterator is over anyway.
  if (__builtin_add_overflow(it.position, it.step, &it.position)) it.position = it.stop;
  return vm.make_int(current);
}

// Dict iterators: position indexes the entries, `stop` counts the items given so far.
Value dict_next(VM& vm, IteratorObject& it) {
  if (it.position == kExhausted) return Value();
  const Dict& dict = *it.source.as<Dict>();
  if (dict.used != it.expected_size) {
    // Sticky, as CPython: every later next() raises too.
    it.expected_size = std::numeric_limits<std::size_t>::max();
    return vm.raise(vm.exc().RuntimeError, "dictionary changed size during iteration");
  }
  auto position = static_cast<std::size_t>(it.position);
  while (position < dict.entries.size() && !dict.entries[position].key) ++position;
  if (position >= dict.entries.size()) return exhausted(it);
  if (static_cast<std::uint64_t>(it.stop) >= it.expected_size) {
    // As many items as the dict had, and still more: keys were deleted and added.
    exhausted(it);
    return vm.raise(vm.exc().RuntimeError, "dictionary keys changed during iteration");
  }
  it.position = static_cast<std::int64_t>(position) + 1;
  ++it.stop;
  const DictEntry& entry = dict.entries[position];
  switch (it.kind) {
    case IterKind::DictKeys: return entry.key;
    case IterKind::DictValues: return entry.value;
    default: return vm.make_tuple({entry.key, entry.value});
  }
}

Value set_next(VM& vm, IteratorObject& it) {
  if (it.position == kExhausted) return Value();
  const SetTable& table = it.source.as<SetObject>()->table;
  if (table.used != it.expected_size) {
    it.expected_size = std::numeric_limits<std::size_t>::max();
    return vm.raise(vm.exc().RuntimeError, "Set changed size during iteration");
  }
  auto position = static_cast<std::size_t>(it.position);
  while (position < table.slots.size() && !table.slots[position].key) ++position;
  if (position >= table.slots.size()) return exhausted(it);
  it.position = static_cast<std::int64_t>(position) + 1;
  return table.slots[position].key;
}

// iter(callable, sentinel): calls until the result is the sentinel (or StopIteration).
Value callable_next(VM& vm, IteratorObject& it) {
  if (!it.function) return Value();
  Value result = vm.call(it.function, CallArgs{});
  if (!result) {
    if (vm.pending_is(vm.exc().StopIteration)) {
      vm.take_exception();
      it.function = Value();
      it.sentinel = Value();
    }
    return Value();
  }
  int done = same_or_equal(vm, it.sentinel, result);
  if (done < 0) return Value();
  if (done) {
    it.function = Value();
    it.sentinel = Value();
    return Value();
  }
  return result;
}

// One item from each of `sources`; false when one is exhausted or raised.
bool next_of_each(VM& vm, const std::vector<Value>& sources, std::vector<Value>& items) {
  items.clear();
  items.reserve(sources.size());
  for (std::size_t i = 0; i < sources.size(); ++i) {
    Value source = sources[i];
    Value item = vm.next(source);
    if (!item) return false;
    items.push_back(std::move(item));
  }
  return true;
}

// The count is `position` until it passes 2**63 - 1, then a Python int in `sentinel` (an
// enumerate started beyond int64 is builtins_module.cpp's BigEnumerate).
Value enumerate_next(VM& vm, IteratorObject& it) {
  Value item = vm.next(it.source);
  if (!item) return Value();
  Value count = it.sentinel ? it.sentinel : vm.make_int(it.position);
  if (it.sentinel || it.position == INT64_MAX) {
    Value following = vm.binary_op(count, Value::small(1), kAdd);
    if (!following) return Value();
    it.sentinel = std::move(following);
  } else {
    ++it.position;
  }
  return vm.make_tuple({std::move(count), std::move(item)});
}

Value zip_next(VM& vm, IteratorObject& it) {
  if (it.sources.empty()) return Value();
  std::vector<Value> items;
  if (!next_of_each(vm, it.sources, items)) return Value();
  return vm.make_tuple(std::move(items));
}

Value map_next(VM& vm, IteratorObject& it) {
  std::vector<Value> items;
  if (!next_of_each(vm, it.sources, items)) return Value();
  return vm.call(it.function, CallArgs{items.data(), static_cast<std::uint32_t>(items.size())});
}

// filter(function, iterable); a None (or null) function keeps the true items.
Value filter_next(VM& vm, IteratorObject& it) {
  for (;;) {
    Value item = vm.next(it.source);
    if (!item) return Value();
    int keep;
    if (is_absent(vm, it.function)) {
      keep = vm.truthy(item);
    } else {
      Value verdict = vm.call(it.function, {item});
      if (!verdict) return Value();
      keep = vm.truthy(verdict);
    }
    if (keep < 0) return Value();
    if (keep) return item;
  }
}

Value iterator_next(VM& vm, const Value& self) {
  IteratorObject& it = *self.as<IteratorObject>();
  switch (it.kind) {
    case IterKind::Sequence: return sequence_next(vm, it);
    case IterKind::Range: return range_next(vm, it);
    case IterKind::DictKeys:
    case IterKind::DictValues:
    case IterKind::DictItems: return dict_next(vm, it);
    case IterKind::Set: return set_next(vm, it);
    case IterKind::Callable: return callable_next(vm, it);
    case IterKind::Enumerate: return enumerate_next(vm, it);
    case IterKind::Zip: return zip_next(vm, it);
    case IterKind::Map: return map_next(vm, it);
    case IterKind::Filter: return filter_next(vm, it);
    case IterKind::Reversed: return reversed_next(vm, it);
    case IterKind::Native: return it.next_fn(vm, CallArgs{&self, 1});
  }
  return Value();
}

// ---- Membership ---------------------------------------------------------------------------------

// `x in range`: arithmetic for ints (and bools); other values compare item by item (the caller's
// fallback), as 2.0 in range(3) is True.
Value range_contains(VM& vm, const RangeObject& r, const Value& item) {
  std::uint32_t index = vm.type_index(item);
  if (index != kIntType && index != kBoolType) return vm.not_implemented();
  std::int64_t x;
  if (!vm.to_int64(item, x)) return vm.false_value();  // beyond any int64 range
  bool inside = r.step > 0 ? r.start <= x && x < r.stop : r.stop < x && x <= r.start;
  return vm.boolean(inside && (static_cast<__int128>(x) - r.start) % r.step == 0);
}

// `x in bytes`: a byte value or a bytes substring.
Value bytes_contains(VM& vm, const std::string& data, const Value& item) {
  if (has_index(vm, item)) {
    std::int64_t byte;
    if (vm.is_int(item)) {
      if (!vm.to_int64(item, byte)) byte = -1;  // beyond int64: out of range all the same
    } else if (!vm.to_index(item, byte)) {
      return Value();
    }
    if (byte < 0 || byte > 255) return vm.value_error("byte must be in range(0, 256)");
    return vm.boolean(data.find(static_cast<char>(byte)) != std::string::npos);
  }
  if (layout_of(vm, item) != Layout::Bytes)
    return vm.type_error("a bytes-like object is required, not '" + tp_name_of(vm, item) + "'");
  return vm.boolean(data.find(item.as<BytesObject>()->data) != std::string::npos);
}

Value view_contains(VM& vm, const DictView& view, const Value& item) {
  Dict& dict = *view.dict.as<Dict>();
  if (view.kind == IterKind::DictValues) return vm.not_implemented();
  Value found;
  if (view.kind == IterKind::DictKeys) {
    int r = vm.dict_get(dict, item, found);
    return r < 0 ? Value() : vm.boolean(r > 0);
  }
  // dict_items: a (key, value) pair whose key maps to an equal value.
  if (layout_of(vm, item) != Layout::Tuple || item.as<Tuple>()->items.size() != 2)
    return vm.false_value();
  Value key = item.as<Tuple>()->items[0], value = item.as<Tuple>()->items[1];
  int r = vm.dict_get(dict, key, found);
  if (r <= 0) return r < 0 ? Value() : vm.false_value();
  int equal = same_or_equal(vm, found, value);
  return equal < 0 ? Value() : vm.boolean(equal > 0);
}

Value sequence_contains(VM& vm, const std::vector<Value>& items, const Value& item) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    Value element = items[i];
    int equal = same_or_equal(vm, element, item);
    if (equal < 0) return Value();
    if (equal) return vm.true_value();
  }
  return vm.false_value();
}

std::uint64_t exact_length(VM& vm, const Value& v, bool& known) {
  known = true;
  switch (layout_of(vm, v)) {
    case Layout::Str: return v.as<Str>()->length;
    case Layout::Bytes: return v.as<BytesObject>()->data.size();
    case Layout::List: return v.as<List>()->items.size();
    case Layout::Tuple: return v.as<Tuple>()->items.size();
    case Layout::Dict: return v.as<Dict>()->used;
    case Layout::Set:
    case Layout::FrozenSet: return v.as<SetObject>()->table.used;
    case Layout::Range: return range_length(*v.as<RangeObject>());
    default: break;
  }
  if (is_dict_view(vm, v)) return v.as<DictView>()->dict.as<Dict>()->used;
  known = false;
  return 0;
}

}  // namespace

std::string builtin_type_name(VM& vm, const Value& v) { return tp_name_of(vm, v); }

// ---- Entry points -------------------------------------------------------------------------------

Value builtin_repr(VM& vm, const Value& v) {
  if (v.is_small()) return number_repr(vm, v);
  switch (vm.type_index(v)) {
    case kNoneType: return text_value(vm, "None");
    case kEllipsisType: return text_value(vm, "Ellipsis");
    case kNotImplementedType: return text_value(vm, "NotImplemented");
    case kCodeType: return code_repr(vm, v);
    case kFrameType: {
      refresh_running_frame(vm, *v.as<FrameObject>());
      const TracebackEntry& entry = v.as<FrameObject>()->entry;
      const Code& code = *entry.code;
      return vm.make_str("<frame at " + address_of(v) + ", file '" +
                         (code.source ? code.source->filename : "???") + "', line " +
                         std::to_string(code.line_of(entry.instruction)) + ", code " + code.name +
                         ">");
    }
    case kIteratorType:
      return vm.make_str(object_repr_text(v, iterator_name(vm, *v.as<IteratorObject>())));
    case kDictKeysType:
    case kDictValuesType:
    case kDictItemsType: {
      RecursionGuard guard(vm, " while getting the repr of an object");
      return guard.exceeded() ? Value() : view_repr(vm, v);
    }
    default: break;
  }
  Type* type = vm.type_of(v);
  switch (type->layout) {
    case Layout::None: return text_value(vm, "None");
    case Layout::Bool:
    case Layout::Int:
    case Layout::Float: return number_repr(vm, v);
    case Layout::Complex: return complex_repr(vm, v);
    case Layout::Str: return vm.make_str(str_repr_text(VM::str_text(v)));
    case Layout::Bytes: return vm.make_str(bytes_repr_text(v.as<BytesObject>()->data));
    case Layout::Tuple:
    case Layout::List:
    case Layout::Dict:
    case Layout::Set:
    case Layout::FrozenSet:
    case Layout::Exception: {
      RecursionGuard guard(vm, " while getting the repr of an object");
      if (guard.exceeded()) return Value();
      switch (type->layout) {
        case Layout::Tuple: return tuple_repr(vm, v);
        case Layout::List: return list_repr(vm, v);
        case Layout::Dict: return dict_repr(vm, v);
        case Layout::Exception: return exception_repr(vm, v);
        default: return set_repr(vm, v);
      }
    }
    case Layout::Range: return range_repr(vm, *v.as<RangeObject>());
    case Layout::Slice: return slice_repr(vm, *v.as<SliceObject>());
    case Layout::Type: return type_repr(vm, *v.as<Type>());
    case Layout::Function: {
      const Function& f = *v.as<Function>();
      return vm.make_str("<function " + str_or(f.qualname ? f.qualname : f.name, "?") + " at " +
                         address_of(v) + ">");
    }
    case Layout::NativeFunction: return native_function_repr(vm, v);
    case Layout::BoundMethod: return bound_method_repr(vm, v);
    case Layout::Cell: return cell_repr(vm, v);
    case Layout::Module: return module_repr(vm, v);
    case Layout::Generator:
    case Layout::Coroutine:
    case Layout::AsyncGenerator: return generator_repr(vm, v);
    case Layout::StaticMethod:
      return wrapper_repr(vm, "staticmethod", v.as<StaticMethod>()->function);
    case Layout::ClassMethod:
      return wrapper_repr(vm, "classmethod", v.as<ClassMethod>()->function);
    case Layout::Super: return super_repr(vm, *v.as<Super>());
    default: return generic_repr(vm, v);
  }
}

Value builtin_compare(VM& vm, const Value& self, const Value& other, int op) {
  Layout left = layout_of(vm, self), right = layout_of(vm, other);
  if (is_number(left)) return number_compare(vm, self, other, op);
  if (left == Layout::Complex) return complex_compare(vm, self, other, op);
  switch (left) {
    case Layout::Str:
      if (right != Layout::Str) break;
      // UTF-8 byte order is code point order.
      return ordering(vm, VM::str_text(self).compare(VM::str_text(other)), op);
    case Layout::Bytes:
      if (right != Layout::Bytes) break;
      return ordering(vm, self.as<BytesObject>()->data.compare(other.as<BytesObject>()->data), op);
    case Layout::List:
    case Layout::Tuple:
      if (right != left) break;
      return compare_sequences(vm, self, other, op, left == Layout::List);
    case Layout::Dict: {
      if (right != Layout::Dict || (op != kEq && op != kNe)) break;
      int equal = dicts_equal(vm, *self.as<Dict>(), *other.as<Dict>());
      if (equal < 0) return Value();
      return vm.boolean((equal > 0) == (op == kEq));
    }
    case Layout::Range:
      if (right != Layout::Range || (op != kEq && op != kNe)) break;
      return vm.boolean(ranges_equal(*self.as<RangeObject>(), *other.as<RangeObject>()) ==
                        (op == kEq));
    case Layout::Slice:
      if (right != Layout::Slice) break;
      if (self.is(other)) return vm.boolean(op == kEq || op == kLe || op == kGe);
      return compare_sequences(vm, slice_tuple(vm, *self.as<SliceObject>()),
                               slice_tuple(vm, *other.as<SliceObject>()), op, false);
    default:
      break;
  }
  if (left == Layout::Set || left == Layout::FrozenSet || is_set_like_view(vm, self)) {
    int r = set_compare(vm, self, other, static_cast<CompareOp>(op));
    if (r == -2) return vm.not_implemented();
    if (r < 0) return Value();
    return vm.boolean(r > 0);
  }
  return vm.not_implemented();
}

Value builtin_binary(VM& vm, const Value& a, const Value& b, int op, bool reflected) {
  Layout left = layout_of(vm, a), right = layout_of(vm, b);
  if (is_number(left) && is_number(right)) return number_binary(vm, a, b, op);
  if ((left == Layout::Complex && (is_number(right) || right == Layout::Complex)) ||
      (right == Layout::Complex && is_number(left)))
    return complex_binary(vm, a, b, op);
  switch (op) {
    case kAdd: return concat(vm, a, b, reflected);
    case kMul: return repeat(vm, a, b, reflected);
    case kMod:
      if (left == Layout::Str) return str_percent_format(vm, a, b);
      return vm.not_implemented();
    case kOr:
      if (left == Layout::Dict && right == Layout::Dict) return dict_or(vm, a, b);
      // type.__or__ / __ror__: `int | None`, a types.UnionType (or NotImplemented).
      // a is the left operand, reflected or not.
      if (vm.is_class(a) || vm.is_class(b)) return call_types_function(vm, "_union", a, b);
      [[fallthrough]];
    case kAnd:
    case kSub:
    case kXor:
      if (left == Layout::Set || left == Layout::FrozenSet || right == Layout::Set ||
          right == Layout::FrozenSet || is_set_like_view(vm, a) || is_set_like_view(vm, b))
        return set_binary(vm, a, b, op);
      return vm.not_implemented();
    default:
      return vm.not_implemented();
  }
}

Value builtin_unary(VM& vm, const Value& v, int op) {
  Layout layout = layout_of(vm, v);
  if (is_number(layout)) return number_unary(vm, v, op);
  if (layout == Layout::Complex) return complex_unary(vm, v, op);
  return vm.not_implemented();
}

Value builtin_contains(VM& vm, const Value& container, const Value& item) {
  switch (layout_of(vm, container)) {
    case Layout::Range: return range_contains(vm, *container.as<RangeObject>(), item);
    case Layout::Bytes: return bytes_contains(vm, container.as<BytesObject>()->data, item);
    case Layout::List: return sequence_contains(vm, container.as<List>()->items, item);
    case Layout::Tuple: return sequence_contains(vm, container.as<Tuple>()->items, item);
    case Layout::Str: {
      if (layout_of(vm, item) != Layout::Str)
        return vm.type_error("'in <string>' requires string as left operand, not " +
                             tp_name_of(vm, item));
      return vm.boolean(VM::str_text(container).find(VM::str_text(item)) != std::string::npos);
    }
    case Layout::Dict: {
      Value found;
      int r = vm.dict_get(*container.as<Dict>(), item, found);
      return r < 0 ? Value() : vm.boolean(r > 0);
    }
    case Layout::Set:
    case Layout::FrozenSet: {
      int r = set_contains_key(vm, container.as<SetObject>()->table, item);
      return r < 0 ? Value() : vm.boolean(r > 0);
    }
    default: break;
  }
  if (is_dict_view(vm, container)) return view_contains(vm, *container.as<DictView>(), item);
  return vm.not_implemented();
}

Value builtin_length(VM& vm, const Value& v) {
  bool known;
  std::uint64_t length = exact_length(vm, v, known);
  if (!known) return vm.not_implemented();
  if (length > static_cast<std::uint64_t>(kInt64Max))
    return vm.raise(vm.exc().OverflowError, "Python int too large to convert to C ssize_t");
  return vm.make_int(static_cast<std::int64_t>(length));
}

Value builtin_get_item(VM& vm, const Value& container, const Value& key) {
  switch (layout_of(vm, container)) {
    case Layout::List:
      return sequence_subscript(
          vm, Layout::List, container.as<List>()->items, key, "list index out of range",
          [&](std::vector<Value> items) { return vm.make_list(std::move(items)); },
          [](const Value& item) { return item; });
    case Layout::Tuple:
      return sequence_subscript(
          vm, Layout::Tuple, container.as<Tuple>()->items, key, "tuple index out of range",
          [&](std::vector<Value> items) { return vm.make_tuple(std::move(items)); },
          [](const Value& item) { return item; });
    case Layout::Bytes:
      return sequence_subscript(
          vm, Layout::Bytes, container.as<BytesObject>()->data, key, "index out of range",
          [&](std::string data) { return vm.make_bytes(std::move(data)); },
          [](char byte) { return Value::small(static_cast<unsigned char>(byte)); });
    case Layout::Str: return str_subscript(vm, container, key);
    case Layout::Range: return range_subscript(vm, container, key);
    case Layout::Dict: return dict_subscript(vm, container, key);
    case Layout::Type:
      // A class (an instance of type or of a metaclass).
      return class_subscript(vm, container, key);
    default:
      return vm.type_error("'" + tp_name_of(vm, container) + "' object is not subscriptable");
  }
}

bool builtin_set_item(VM& vm, const Value& container, const Value& key, Value value) {
  Layout layout = layout_of(vm, container);
  if (layout == Layout::Dict) return vm.dict_set(*container.as<Dict>(), key, std::move(value));
  if (layout != Layout::List) {
    vm.type_error("'" + tp_name_of(vm, container) + "' object does not support item assignment");
    return false;
  }
  std::int64_t index;
  int is_index = subscript_index(vm, key, index);
  if (is_index < 0) return false;
  if (is_index) {
    std::vector<Value>& items = container.as<List>()->items;
    if (!in_range(index, static_cast<std::int64_t>(items.size()))) {
      vm.index_error("list assignment index out of range");
      return false;
    }
    // The old item goes after the list holds the new one (its __del__ may look at the list).
    Value old = std::move(items[static_cast<std::size_t>(index)]);
    items[static_cast<std::size_t>(index)] = std::move(value);
    return true;
  }
  if (vm.type_index(key) == kSliceType) return list_assign_slice(vm, container, key, value);
  bad_index(vm, Layout::List, key);
  return false;
}

bool builtin_del_item(VM& vm, const Value& container, const Value& key) {
  Layout layout = layout_of(vm, container);
  if (layout == Layout::Dict) {
    int r = vm.dict_del(*container.as<Dict>(), key);
    if (r == 0) vm.key_error(key);
    return r > 0;
  }
  if (layout == Layout::List) {
    std::int64_t index;
    int is_index = subscript_index(vm, key, index);
    if (is_index < 0) return false;
    if (is_index) {
      std::vector<Value>& items = container.as<List>()->items;
      if (!in_range(index, static_cast<std::int64_t>(items.size()))) {
        vm.index_error("list assignment index out of range");
        return false;
      }
      Value old = std::move(items[static_cast<std::size_t>(index)]);
      items.erase(items.begin() + index);
      return true;
    }
    if (vm.type_index(key) == kSliceType) return list_delete_slice(vm, container, key);
    bad_index(vm, Layout::List, key);
    return false;
  }
  bool index_key = has_sequence_methods(vm, container) && has_index(vm, key);
  vm.type_error("'" + tp_name_of(vm, container) + "' object " +
                (index_key ? "doesn't" : "does not") + " support item deletion");
  return false;
}

Value builtin_iter(VM& vm, const Value& iterable) {
  switch (layout_of(vm, iterable)) {
    case Layout::List:
    case Layout::Tuple:
    case Layout::Str:
    case Layout::Bytes: return vm.make_iterator(IterKind::Sequence, iterable);
    case Layout::Range: {
      const RangeObject& r = *iterable.as<RangeObject>();
      Value it = vm.make_iterator(IterKind::Range, iterable);
      IteratorObject& range_it = *it.as<IteratorObject>();
      range_it.position = r.start;
      range_it.stop = r.stop;
      range_it.step = r.step;
      return it;
    }
    case Layout::Dict: return dict_iterator(vm, iterable, IterKind::DictKeys);
    case Layout::Set:
    case Layout::FrozenSet: {
      Value it = vm.make_iterator(IterKind::Set, iterable);
      it.as<IteratorObject>()->expected_size = iterable.as<SetObject>()->table.used;
      return it;
    }
    case Layout::Iterator:
    case Layout::Generator: return iterable;
    default: break;
  }
  if (is_dict_view(vm, iterable)) {
    const DictView& view = *iterable.as<DictView>();
    return dict_iterator(vm, view.dict, view.kind);
  }
  return vm.not_implemented();
}

bool builtin_is_iterator(VM& vm, const Value& v) {
  Layout layout = layout_of(vm, v);
  return layout == Layout::Iterator || layout == Layout::Generator;
}

Value builtin_next(VM& vm, const Value& iterator) {
  switch (layout_of(vm, iterator)) {
    case Layout::Iterator: return iterator_next(vm, iterator);
    case Layout::Generator: return generator_next(vm, iterator);
    default:
      return vm.type_error("'" + tp_name_of(vm, iterator) + "' object is not an iterator");
  }
}

Value builtin_format(VM& vm, const Value& v, const Value& spec) {
  Layout layout = layout_of(vm, v);
  if (is_number(layout)) return number_format(vm, v, spec);
  if (layout == Layout::Complex) return complex_format(vm, v, spec);
  if (layout == Layout::Str) return str_format_spec(vm, v, spec);
  // object.__format__: only the empty spec, meaning str(v).
  if (!VM::str_text(spec).empty()) {
    return vm.type_error("unsupported format string passed to " + tp_name_of(vm, v) +
                         ".__format__");
  }
  return vm.str(v);
}

}  // namespace py
