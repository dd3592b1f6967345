// The object protocols: what repr(), hash(), ==, <, +, getattr, [], iter() and calls do for
// every kind of object. Built-in types are handled in C++ by layout; a user class's dunder
// methods are found along its MRO and called, as CPython's slot wrappers do.
#include <cmath>

#include "aio/task.hpp"
#include "num/float_format.hpp"
#include "objects/complex.hpp"
#include "objects/numbers.hpp"
#include "vm/builtin_types.hpp"
#include "vm/interpreter.hpp"
#include "vm/runtime_support.hpp"
#include "vm/set_table.hpp"
#include "vm/vm.hpp"

namespace py {

namespace {

// The dunder `name` (a literal) of a user class or a module's type along its MRO (null if none,
// or for the core built-in types).
Value user_dunder(VM& vm, const Value& v, const char* name) {
  Type* t = vm.type_of(v);
  if (!t->heap && t->module == "builtins") return Value();
  return vm.lookup_in_type(t, vm.intern_static(name));
}

// A native method of a core built-in type: the protocols do its work inline (builtin_compare,
// builtin_binary...) instead of calling it. Natives that modules put on their own types are
// called.
bool is_core_native(const Value& method) {
  if (!method.is_object() || method.object()->user_tag() != kBuiltinFunctionType) return false;
  const Type* owner = method.as<NativeFunction>()->owner;
  return !owner || owner->index < kBuiltinTypeCount;
}

Value call_bound(VM& vm, const Value& function, const Value& self,
                 std::initializer_list<Value> rest) {
  std::vector<Value> args{self};
  args.insert(args.end(), rest.begin(), rest.end());
  CallArgs call;
  call.args = args.data();
  call.nargs = static_cast<std::uint32_t>(args.size());
  return vm.call(function, call);
}

const char* binary_symbol(int op) {
  static const char* symbols[] = {"+", "-", "*", "@", "/", "%", "** or pow()", "<<", ">>", "|",
                                  "^", "&", "//"};
  return symbols[op];
}

const char* binary_dunder(int op, bool reflected) {
  static const char* forward[] = {"__add__", "__sub__", "__mul__", "__matmul__", "__truediv__",
                                  "__mod__", "__pow__", "__lshift__", "__rshift__", "__or__",
                                  "__xor__", "__and__", "__floordiv__"};
  static const char* backward[] = {"__radd__", "__rsub__", "__rmul__", "__rmatmul__",
                                   "__rtruediv__", "__rmod__", "__rpow__", "__rlshift__",
                                   "__rrshift__", "__ror__", "__rxor__", "__rand__",
                                   "__rfloordiv__"};
  return reflected ? backward[op] : forward[op];
}

// What a __len__ returned, as a size.
bool length_result(VM& vm, const Value& r, std::int64_t& out) {
  if (vm.is_int(r) && !vm.to_int64(r, out)) {
    vm.raise(vm.exc().OverflowError, "cannot fit 'int' into an index-sized integer");
    return false;
  }
  return vm.to_index(r, out);
}

}  // namespace

// ---- repr / str ------------------------------------------------------------------------------

std::optional<std::string> VM::repr_text(const Value& v) {
  Value r = repr(v);
  if (!r) return std::nullopt;
  return str_text(r);
}

std::optional<std::string> VM::str_text_of(const Value& v) {
  Value r = str(v);
  if (!r) return std::nullopt;
  return str_text(r);
}

Value VM::str(const Value& v) {
  std::uint32_t t = type_index(v);
  if (t == kStrType) return v;
  if (Value method = user_dunder(*this, v, "__str__")) {
    Value r = call_bound(*this, method, v, {});
    if (r && !is_str(r))
      return type_error("__str__ returned non-string (type " + std::string(type_name(r)) + ")");
    return r;
  }
  if (ExceptionObject* e = as_exception(v)) {
    // "msg (2 sub-exceptions)", "msg (file.py, line 3)": the __str__ of BaseExceptionGroup
    // and SyntaxError.
    if (is_subtype(type_of(v), exc_.BaseExceptionGroup) ||
        is_subtype(type_of(v), exc_.SyntaxError)) {
      if (Value method = lookup_in_type(type_of(v), intern_static("__str__")))
        return call_bound(*this, method, v, {});
    }
    auto& args = e->args.as<Tuple>()->items;
    if (e->exceptions && type_index(e->exceptions) == kTupleType && !args.empty() &&
        is_str(args[0])) {
      // BaseExceptionGroup: "message (2 sub-exceptions)".
      std::size_t count = e->exceptions.as<Tuple>()->items.size();
      return make_str(str_text(args[0]) + " (" + std::to_string(count) + " sub-exception" +
                      (count == 1 ? "" : "s") + ")");
    }
    if (args.empty()) return make_str("");
    if (args.size() == 1) {
      if (is_subtype(type_of(v), exc_.KeyError)) return repr(args[0]);
      return str(args[0]);
    }
    return repr(e->args);
  }
  return repr(v);
}

Value VM::repr(const Value& v) {
  if (Value method = user_dunder(*this, v, "__repr__")) {
    Value r = call_bound(*this, method, v, {});
    if (r && !is_str(r))
      return type_error("__repr__ returned non-string (type " + std::string(type_name(r)) + ")");
    return r;
  }
  return builtin_repr(*this, v);
}

// ---- hash / truth / equality -----------------------------------------------------------------

// FNV-1a over the UTF-8 bytes: deterministic (CPython randomises str hashes, so no program can
// depend on their values).
std::int64_t VM::text_hash(std::string_view utf8) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : utf8) h = (h ^ c) * 1099511628211ULL;
  std::int64_t r = static_cast<std::int64_t>(h >> 1);
  return r == -1 ? -2 : r;
}

bool VM::hash(const Value& v, std::int64_t& out) {
  if (v.is_small()) {
    out = num::hash_int64(v.small_value());
    return true;
  }
  Object* o = v.object();
  switch (o->user_tag()) {
    case kStrType: {
      Str* s = static_cast<Str*>(o);
      if (s->hash == -1) s->hash = text_hash(s->text);
      out = s->hash;
      return true;
    }
    case kIntType:
      out = num::hash_bigint(static_cast<BigIntObject*>(o)->value);
      return true;
    case kFloatType:
      out = num::hash_double(static_cast<FloatObject*>(o)->value,
                             reinterpret_cast<std::uintptr_t>(o));
      return true;
    case kComplexType:
      out = complex_hash(v);
      return true;
    case kBoolType:
      out = v.is(true_) ? 1 : 0;
      return true;
    case kTupleType: {
      // CPython's xxHash-based tuple hash.
      const std::uint64_t prime1 = 11400714785074694791ULL, prime2 = 14029467366897019727ULL,
                          prime5 = 2870177450012600261ULL;
      std::uint64_t acc = prime5;
      auto& items = static_cast<Tuple*>(o)->items;
      for (auto& item : items) {
        std::int64_t h;
        if (!hash(item, h)) return false;
        acc += static_cast<std::uint64_t>(h) * prime2;
        acc = (acc << 31) | (acc >> 33);
        acc *= prime1;
      }
      acc += items.size() ^ (prime5 ^ 3527539UL);
      if (acc == static_cast<std::uint64_t>(-1)) acc = 1546275796;
      out = static_cast<std::int64_t>(acc);
      return true;
    }
    case kListType:
    case kDictType:
    case kSetType:
      type_error("unhashable type: '" + std::string(type_name(v)) + "'");
      return false;
    case kFrozenSetType: {
      out = frozenset_hash(static_cast<SetObject*>(o)->table);
      return true;
    }
    case kBytesType:
      // As CPython's, the hash of the same bytes as a str: b'abc' and 'abc' hash alike.
      out = text_hash(static_cast<BytesObject*>(o)->data);
      return true;
    default:
      break;
  }
  Type* type = type_of(v);
  if (type->heap || type->module != "builtins") {
    Value method = lookup_in_type(type, intern_static("__hash__"));
    if (method && is_none(method)) {
      type_error("unhashable type: '" + builtin_type_name(*this, v) + "'");
      return false;
    }
    if (method && !is_core_native(method)) {
      Value r = call_bound(*this, method, v, {});
      if (!r) return false;
      if (!is_int(r)) {
        type_error("__hash__ method should return an integer");
        return false;
      }
      std::int64_t h;
      if (!to_int64(r, h)) h = num::hash_bigint(to_bigint(r));
      out = h == -1 ? -2 : h;
      return true;
    }
    // A class defining __eq__ without __hash__ is unhashable.
    Value eq = lookup_in_type(type, intern_static("__eq__"));
    if (eq && !is_core_native(eq) && !method) {
      type_error("unhashable type: '" + type->message_name() + "'");
      return false;
    }
  }
  // Subclasses of hashable built-ins hash as their value, as the base type's __hash__ does.
  switch (type->layout) {
    case Layout::Int:
      out = num::hash_bigint(static_cast<BigIntObject*>(o)->value);
      return true;
    case Layout::Float:
      out = num::hash_double(static_cast<FloatObject*>(o)->value,
                             reinterpret_cast<std::uintptr_t>(o));
      return true;
    case Layout::Complex:
      out = complex_hash(v);
      return true;
    case Layout::Str:
      return hash(make_str(static_cast<Str*>(o)->text), out);
    case Layout::Tuple:
      return hash(make_tuple(static_cast<Tuple*>(o)->items), out);
    case Layout::Bytes:
      return hash(make_bytes(static_cast<BytesObject*>(o)->data), out);
    default:
      break;
  }
  out = identity_hash(o);
  return true;
}

// object.__hash__. CPython's is the address (>> 4): for a task too, and since CPython's
// allocator places consecutive tasks at regular strides, a set of tasks (a TaskGroup's, the
// sets asyncio.wait returns) iterates in a stable order there. Our addresses follow another
// allocator, so a task hashes as its creation number instead: the same order from run to run
// and from native to wasm, in creation order for the small sets programs print.
std::int64_t VM::identity_hash(const Object* o) const {
  if (types_[o->user_tag()]->layout == Layout::Task)
    return static_cast<const aio::TaskBase*>(o)->number();
  std::uintptr_t address = reinterpret_cast<std::uintptr_t>(o);
  auto hash = static_cast<std::int64_t>((address >> 4) | (address << (8 * sizeof(address) - 4)));
  return hash == -1 ? -2 : hash;
}

int VM::truthy(const Value& v) {
  if (v.is_small()) return v.small_value() != 0;
  if (v.is(true_)) return 1;
  if (v.is(false_) || v.is(none_)) return 0;
  Object* o = v.object();
  switch (o->user_tag()) {
    case kIntType: return !static_cast<BigIntObject*>(o)->value.is_zero();
    case kFloatType: return static_cast<FloatObject*>(o)->value != 0.0;
    case kComplexType: {
      auto* c = static_cast<ComplexObject*>(o);
      return c->real != 0.0 || c->imag != 0.0;
    }
    case kStrType: return !static_cast<Str*>(o)->text.empty();
    case kBytesType: return !static_cast<BytesObject*>(o)->data.empty();
    case kTupleType: return !static_cast<Tuple*>(o)->items.empty();
    case kListType: return !static_cast<List*>(o)->items.empty();
    case kDictType: return static_cast<Dict*>(o)->used != 0;
    case kSetType:
    case kFrozenSetType: return static_cast<SetObject*>(o)->table.used != 0;
    case kRangeType: {
      auto* r = static_cast<RangeObject*>(o);
      return r->step > 0 ? r->start < r->stop : r->start > r->stop;
    }
    default: break;
  }
  Type* type = type_of(v);
  if (type->heap || type->module != "builtins") {
    // The built-ins' own __bool__ and __len__ ask this function: a subclass's value decides below.
    if (Value method = lookup_in_type(type, intern_static("__bool__"));
        method && !is_core_native(method)) {
      Value r = call_bound(*this, method, v, {});
      if (!r) return -1;
      if (type_index(r) != kBoolType) {
        type_error("__bool__ should return bool, returned " + std::string(type_name(r)));
        return -1;
      }
      return r.is(true_);
    }
    if (Value method = lookup_in_type(type, intern_static("__len__"));
        method && !is_core_native(method)) {
      Value r = call_bound(*this, method, v, {});
      if (!r) return -1;
      std::int64_t n;
      if (!length_result(*this, r, n)) return -1;
      return n != 0;
    }
    if (type->layout != Layout::Object && type->layout != Layout::Exception) {
      // A subclass of a built-in type: its value decides.
      switch (type->layout) {
        case Layout::Int:
          return !static_cast<BigIntObject*>(o)->value.is_zero();
        case Layout::Float:
          return static_cast<FloatObject*>(o)->value != 0.0;
        case Layout::Complex: {
          auto* c = static_cast<ComplexObject*>(o);
          return c->real != 0.0 || c->imag != 0.0;
        }
        case Layout::Str:
          return !static_cast<Str*>(o)->text.empty();
        case Layout::Bytes:
          return !static_cast<BytesObject*>(o)->data.empty();
        case Layout::Dict: return static_cast<Dict*>(o)->used != 0;
        case Layout::Tuple: return !static_cast<Tuple*>(o)->items.empty();
        case Layout::List: return !static_cast<List*>(o)->items.empty();
        case Layout::Set:
        case Layout::FrozenSet:
          return static_cast<SetObject*>(o)->table.used != 0;
        default: break;
      }
    }
  }
  return 1;
}

int VM::equal(const Value& a, const Value& b) {
  if (a.is(b)) {
    // float('nan') != itself, everything else equals itself (identity shortcut as CPython).
    return !(is_float(a) && std::isnan(float_value(a)));
  }
  if (a.is_small() && b.is_small()) return 0;
  std::uint32_t ta = type_index(a), tb = type_index(b);
  if (ta == kStrType && tb == kStrType) return a.as<Str>()->text == b.as<Str>()->text;
  Value r = rich_compare(a, b, kEq);
  if (!r) return -1;
  if (r.is(true_)) return 1;
  if (r.is(false_)) return 0;
  return truthy(r);
}

int VM::less(const Value& a, const Value& b) {
  if (a.is_small() && b.is_small()) return a.small_value() < b.small_value();
  Value r = rich_compare(a, b, kLt);
  if (!r) return -1;
  if (r.is(true_)) return 1;
  if (r.is(false_)) return 0;
  return truthy(r);
}

Value VM::rich_compare(const Value& a, const Value& b, int op) {
  static const char* dunders[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  static const int swapped[] = {kGt, kGe, kEq, kNe, kLt, kLe};
  static const char* symbols[] = {"<", "<=", "==", "!=", ">", ">="};
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  // A subclass's reflected method goes first (CPython's rule).
  bool reflected_first = ta != tb && tb->heap && is_subtype(tb, ta);
  for (int attempt = 0; attempt < 2; ++attempt) {
    bool reflected = (attempt == 0) == reflected_first;
    const Value& self = reflected ? b : a;
    const Value& other = reflected ? a : b;
    int this_op = reflected ? swapped[op] : op;
    Value method = user_dunder(*this, self, dunders[this_op]);
    // object.__ne__ is called too: it inverts the class's own __eq__.
    bool call_method =
        method && (!is_core_native(method) ||
                   (this_op == kNe && method.as<NativeFunction>()->owner == type(kObjectType)));
    Value r;
    if (call_method) {
      r = call_bound(*this, method, self, {other});
      if (!r) return Value();
    } else {
      r = builtin_compare(*this, self, other, this_op);
      if (!r) return Value();
    }
    if (!r.is(not_implemented_)) return r;
  }
  if (op == kEq) return boolean(a.is(b));
  if (op == kNe) return boolean(!a.is(b));
  return type_error(std::string("'") + symbols[op] + "' not supported between instances of '" +
                    ta->message_name() + "' and '" + tb->message_name() + "'");
}

// ---- arithmetic ------------------------------------------------------------------------------

Value VM::binary_op(const Value& a, const Value& b, int op) {
  if (op >= kInplaceOffset) return inplace_op(*this, a, b, op - kInplaceOffset);
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  bool reflected_first = ta != tb && tb->heap && is_subtype(tb, ta) &&
                         user_dunder(*this, b, binary_dunder(op, true));
  for (int attempt = 0; attempt < 2; ++attempt) {
    bool reflected = (attempt == 0) == reflected_first;
    if (reflected && ta == tb && !ta->heap) break;
    const Value& self = reflected ? b : a;
    const Value& other = reflected ? a : b;
    Value r;
    Value method = user_dunder(*this, self, binary_dunder(op, reflected));
    if (method && !is_core_native(method)) {
      r = call_bound(*this, method, self, {other});
    } else {
      r = reflected ? builtin_binary(*this, other, self, op, true)
                    : builtin_binary(*this, self, other, op, false);
    }
    if (!r) return Value();
    if (!r.is(not_implemented_)) return r;
    if (ta == tb && !reflected_first && attempt == 0 && !ta->heap) break;
  }
  if (op == kPow) {
    return type_error("unsupported operand type(s) for ** or pow(): '" + ta->message_name() +
                      "' and '" + tb->message_name() + "'");
  }
  if (op == kAdd && (ta->index == kStrType || tb->index == kStrType) && ta != tb) {
    if (ta->index == kStrType)
      return type_error("can only concatenate str (not \"" + tb->message_name() + "\") to str");
  }
  if (op == kAdd && ta->index == kListType && ta != tb)
    return type_error("can only concatenate list (not \"" + tb->message_name() + "\") to list");
  if (op == kAdd && ta->index == kTupleType && ta != tb)
    return type_error("can only concatenate tuple (not \"" + tb->message_name() + "\") to tuple");
  return type_error(std::string("unsupported operand type(s) for ") + binary_symbol(op) + ": '" +
                    ta->message_name() + "' and '" + tb->message_name() + "'");
}

Value VM::unary_op(const Value& v, int op) {
  static const char* dunders[] = {"__neg__", "__pos__", "__invert__"};
  static const char* symbols[] = {"-", "+", "~"};
  if (Value method = user_dunder(*this, v, dunders[op])) {
    return call_bound(*this, method, v, {});
  }
  Value r = builtin_unary(*this, v, op);
  if (!r || !r.is(not_implemented_)) return r;
  return type_error(std::string("bad operand type for unary ") + symbols[op] + ": '" +
                    std::string(type_name(v)) + "'");
}

// ---- containers ------------------------------------------------------------------------------

int VM::contains(const Value& container, const Value& item) {
  std::uint32_t t = type_index(container);
  switch (t) {
    case kDictType: {
      Value out;
      return dict_get(*container.as<Dict>(), item, out);
    }
    case kSetType:
    case kFrozenSetType:
      return set_contains_key(*this, container.as<SetObject>()->table, item);
    case kStrType: {
      if (type_index(item) != kStrType) {
        type_error("'in <string>' requires string as left operand, not " +
                   std::string(type_name(item)));
        return -1;
      }
      return container.as<Str>()->text.find(item.as<Str>()->text) != std::string::npos;
    }
    case kListType:
    case kTupleType: {
      auto& items = t == kListType ? container.as<List>()->items : container.as<Tuple>()->items;
      for (std::size_t i = 0; i < items.size(); ++i) {
        Value element = items[i];
        if (element.is(item)) return 1;  // identity first, as CPython (nan in [nan])
        int r = equal(element, item);
        if (r != 0) return r;
      }
      return 0;
    }
    default:
      break;
  }
  if (Value method = user_dunder(*this, container, "__contains__");
      method && !is_core_native(method)) {
    Value r = call_bound(*this, method, container, {item});
    if (!r) return -1;
    return truthy(r);
  }
  Value special = builtin_contains(*this, container, item);
  if (!special) return -1;
  if (!special.is(not_implemented_)) return special.is(true_);
  // Fall back to iteration.
  Value it = iter(container);
  if (!it) {
    if (pending_is(exc_.TypeError)) {
      take_exception();
      type_error("argument of type '" + std::string(type_name(container)) + "' is not iterable");
    }
    return -1;
  }
  for (;;) {
    Value x = next(it);
    if (!x) return has_pending_exception() ? -1 : 0;
    if (x.is(item)) return 1;
    int r = equal(x, item);
    if (r != 0) return r;
  }
}

bool VM::length(const Value& v, std::int64_t& out) {
  Object* o = v.is_object() ? v.object() : nullptr;
  if (o) {
    switch (o->user_tag()) {
      case kStrType: out = static_cast<Str*>(o)->length; return true;
      case kListType: out = static_cast<std::int64_t>(static_cast<List*>(o)->items.size()); return true;
      case kTupleType: out = static_cast<std::int64_t>(static_cast<Tuple*>(o)->items.size()); return true;
      case kDictType: out = static_cast<std::int64_t>(static_cast<Dict*>(o)->used); return true;
      case kSetType:
      case kFrozenSetType: out = static_cast<std::int64_t>(static_cast<SetObject*>(o)->table.used); return true;
      default: break;
    }
  }
  if (Value method = user_dunder(*this, v, "__len__"); method && !is_core_native(method)) {
    Value r = call_bound(*this, method, v, {});
    if (!r) return false;
    if (!length_result(*this, r, out)) return false;
    if (out < 0) {
      value_error("__len__() should return >= 0");
      return false;
    }
    return true;
  }
  Value r = builtin_length(*this, v);
  if (!r) return false;
  if (r.is(not_implemented_)) {
    type_error("object of type '" + std::string(type_name(v)) + "' has no len()");
    return false;
  }
  return to_int64(r, out);
}

Value VM::length(const Value& v) {
  std::int64_t n;
  if (!length(v, n)) return Value();
  return make_int(n);
}

Value VM::get_item(const Value& container, const Value& key) {
  if (Value method = user_dunder(*this, container, "__getitem__");
      method && !is_core_native(method)) {
    return call_bound(*this, method, container, {key});
  }
  return builtin_get_item(*this, container, key);
}

bool VM::set_item(const Value& container, const Value& key, Value value) {
  if (Value method = user_dunder(*this, container, "__setitem__");
      method && !is_core_native(method)) {
    return static_cast<bool>(call_bound(*this, method, container, {key, value}));
  }
  return builtin_set_item(*this, container, key, std::move(value));
}

bool VM::del_item(const Value& container, const Value& key) {
  if (Value method = user_dunder(*this, container, "__delitem__");
      method && !is_core_native(method)) {
    return static_cast<bool>(call_bound(*this, method, container, {key}));
  }
  return builtin_del_item(*this, container, key);
}

Value VM::iter(const Value& iterable) {
  if (Value method = user_dunder(*this, iterable, "__iter__"); method && !is_core_native(method)) {
    Value it = call_bound(*this, method, iterable, {});
    if (it && !user_dunder(*this, it, "__next__") && !builtin_is_iterator(*this, it))
      return type_error("iter() returned non-iterator of type '" + std::string(type_name(it)) + "'");
    return it;
  }
  Value r = builtin_iter(*this, iterable);
  if (!r || !r.is(not_implemented_)) return r;
  if (user_dunder(*this, iterable, "__getitem__")) {
    Value it = make_iterator(IterKind::Sequence, iterable);
    return it;
  }
  return type_error("'" + std::string(type_name(iterable)) + "' object is not iterable");
}

Value VM::next(const Value& iterator) {
  // A native loop over a native iterator (sum(range(10**18)), max(iter(int, 1))) runs no
  // bytecode, whose back-edges poll the host: the items do, so that Ctrl-C or Stop ends it.
  if (--next_poll_countdown_ == 0) [[unlikely]] {
    next_poll_countdown_ = kNextPollInterval;
    if (host_.interrupt_requested()) return raise(exc_.KeyboardInterrupt, "");
  }
  // The built-in iterators (list, range, dict... one `iterator` type here) have no __next__ a
  // program could override: no lookup by name, which costs a string comparison per item.
  if (iterator.is_object() && iterator.object()->user_tag() == kIteratorType)
    return builtin_next(*this, iterator);
  if (Value method = user_dunder(*this, iterator, "__next__")) {
    Value r = call_bound(*this, method, iterator, {});
    if (!r && pending_is(exc_.StopIteration)) take_exception();
    return r;
  }
  return builtin_next(*this, iterator);
}

bool VM::for_each(const Value& iterable, const std::function<bool(Value)>& fn) {
  std::uint32_t t = type_index(iterable);
  if (t == kListType || t == kTupleType) {
    // Index-based so the body may mutate a list (as CPython's list iterator tolerates).
    for (std::size_t i = 0;; ++i) {
      auto& items = t == kListType ? iterable.as<List>()->items : iterable.as<Tuple>()->items;
      if (i >= items.size()) return true;
      Value item = items[i];
      if (!fn(std::move(item))) return !has_pending_exception();
    }
  }
  Value it = iter(iterable);
  if (!it) return false;
  for (;;) {
    Value x = next(it);
    if (!x) return !has_pending_exception();
    if (!fn(std::move(x))) return !has_pending_exception();
  }
}

bool VM::collect(const Value& iterable, std::vector<Value>& out) {
  // A range too long to hold fails at once, as CPython's preallocation from its length does,
  // instead of after filling the memory one item at a time.
  if (type_of(iterable)->layout == Layout::Range) {
    constexpr std::uint64_t kMaxItems = kMaxAllocationBytes / sizeof(Value);
    std::int64_t length = 0;
    Value n = builtin_length(*this, iterable);
    if (!n) return false;
    if (!to_int64(n, length) || static_cast<std::uint64_t>(length) > kMaxItems) {
      raise(exc_.MemoryError, "");
      return false;
    }
    out.reserve(out.size() + static_cast<std::size_t>(length));
  }
  return for_each(iterable, [&](Value v) {
    out.push_back(std::move(v));
    return true;
  });
}

// ---- attributes ------------------------------------------------------------------------------

Value VM::get_attr_opt(const Value& object, const Value& name) {
  Value r = get_attr(object, name);
  if (!r && pending_is(exc_.AttributeError)) take_exception();
  return r;
}

Value VM::get_attr(const Value& object, const Value& name) {
  Type* type = type_of(object);
  if (type->heap && type->has_getattr) {
    Value getattribute = lookup_in_type(type, intern_static("__getattribute__"));
    if (getattribute && getattribute.object()->user_tag() == kFunctionType)
      return call_bound(*this, getattribute, object, {name});
  }
  Value r = generic_get_attr(*this, object, name);
  if (!r && pending_is(exc_.AttributeError) && type->heap && type->has_getattr) {
    if (Value getattr = lookup_in_type(type, intern_static("__getattr__"))) {
      take_exception();
      return call_bound(*this, getattr, object, {name});
    }
  }
  return r;
}

bool VM::set_attr(const Value& object, const Value& name, Value value) {
  Type* type = type_of(object);
  if (type->heap && type->has_setattr) {
    if (Value setattr = lookup_in_type(type, intern_static("__setattr__"))) {
      if (setattr.object()->user_tag() == kFunctionType)
        return static_cast<bool>(call_bound(*this, setattr, object, {name, value}));
    }
  }
  return generic_set_attr(*this, object, name, std::move(value));
}

bool VM::del_attr(const Value& object, const Value& name) {
  Type* type = type_of(object);
  if (type->heap && type->has_setattr) {
    if (Value delattr = lookup_in_type(type, intern_static("__delattr__"))) {
      if (delattr.object()->user_tag() == kFunctionType)
        return static_cast<bool>(call_bound(*this, delattr, object, {name}));
    }
  }
  return generic_set_attr(*this, object, name, Value());
}

Value VM::attribute_error(const Value& object, const Value& name) {
  Type* type = type_of(object);
  std::string message;
  if (type->index == kModuleType) {
    message = "module '" + str_text(object.as<Module>()->name) + "' has no attribute '" +
              str_text(name) + "'";
  } else if (type->layout == Layout::Type) {
    message = "type object '" + object.as<Type>()->message_name() + "' has no attribute '" +
              str_text(name) + "'";
  } else {
    message = "'" + type->message_name() + "' object has no attribute '" + str_text(name) + "'";
  }
  raise(exc_.AttributeError, message);
  if (ExceptionObject* e = as_exception(pending_)) {
    e->dict = make_dict();
    dict_set_item(*e->dict.as<Dict>(), "name", name);
    dict_set_item(*e->dict.as<Dict>(), "obj", object);
  }
  return Value();
}

// ---- calls -----------------------------------------------------------------------------------

Value VM::call(const Value& callable, std::initializer_list<Value> args) {
  std::vector<Value> storage(args);
  CallArgs call_args;
  call_args.args = storage.data();
  call_args.nargs = static_cast<std::uint32_t>(storage.size());
  return call(callable, call_args);
}

Value VM::call_method(const Value& object, std::string_view name,
                      std::initializer_list<Value> args) {
  Value method = get_attr(object, name);
  if (!method) return Value();
  return call(method, args);
}

bool VM::is_callable(const Value& v) {
  if (!v.is_object()) return false;
  switch (v.object()->user_tag()) {
    case kFunctionType:
    case kBuiltinFunctionType:
    case kMethodType:
    case kTypeType:
      return true;
    default:
      break;
  }
  return static_cast<bool>(lookup_in_type(type_of(v), intern_static("__call__")));
}

namespace {

// Calls f(CallArgs) with `first` before `args`' positionals: on the C++ stack when there are
// few (a bound method or a callable object called from native code: a callback, a sort key),
// which is nearly always.
template <class F>
Value with_first_argument(const Value& first, const CallArgs& args, F&& f) {
  constexpr std::uint32_t kOnStack = 6;
  CallArgs bound = args;
  bound.nargs = args.nargs + 1;
  if (args.nargs < kOnStack) {
    Value on_stack[kOnStack];
    on_stack[0] = first;
    for (std::uint32_t i = 0; i < args.nargs; ++i) on_stack[i + 1] = args.args[i];
    bound.args = on_stack;
    return f(bound);
  }
  std::vector<Value> storage;
  storage.reserve(args.nargs + 1);
  storage.push_back(first);
  storage.insert(storage.end(), args.args, args.args + args.nargs);
  bound.args = storage.data();
  return f(bound);
}

}  // namespace

Value VM::call_with_first(const Value& callable, const Value& first, const CallArgs& args) {
  return with_first_argument(first, args,
                             [&](const CallArgs& bound) { return call(callable, bound); });
}

Value VM::call(const Value& callable, CallArgs args) {
  if (!callable.is_object()) {
    return type_error("'" + std::string(type_name(callable)) + "' object is not callable");
  }
  Object* o = callable.object();
  switch (o->user_tag()) {
    case kFunctionType:
      return interpreter_->call_function(*static_cast<Function*>(o), args);
    case kBuiltinFunctionType: {
      auto* f = static_cast<NativeFunction*>(o);
      if (f->self) {
        return with_first_argument(f->self, args, [&](const CallArgs& bound) {
          native_called = f;
          return f->fn(*this, bound);
        });
      }
      // A method read from its class (`str.upper(x)`): its receiver comes first and must be an
      // instance of the class, as CPython's method descriptors check; the natives read it
      // without looking.
      if (f->is_method && f->owner &&
          (args.nargs == 0 || (type_of(args[0]) != f->owner && !is_instance(args[0], f->owner)))) {
        require_self(*this, args, f->owner, f->name);
        return {};
      }
      native_called = f;
      return f->fn(*this, args);
    }
    case kMethodType: {
      auto* m = static_cast<BoundMethod*>(o);
      return call_with_first(m->function, m->self, args);
    }
    case kTypeType:
      return construct(*this, *static_cast<Type*>(o), args);
    default:
      break;
  }
  Value method = lookup_in_type(type_of(callable), intern_static("__call__"));
  if (!method) {
    return type_error("'" + std::string(type_name(callable)) + "' object is not callable");
  }
  return call_with_first(method, callable, args);
}

Value VM::format(const Value& v, const Value& spec) {
  if (Value method = user_dunder(*this, v, "__format__")) {
    return call_bound(*this, method, v, {spec});
  }
  return builtin_format(*this, v, spec);
}

std::string ExceptionObject::type_name() const { return vm->type(user_tag())->name; }

std::string ExceptionObject::message() const {
  Value self(const_cast<ExceptionObject*>(this));
  auto text = vm->str_text_of(self);
  if (!text) {
    vm->take_exception();
    return "<exception str() failed>";
  }
  return *text;
}

void ExceptionObject::rethrow() const {
  // Python exceptions never cross C++ coroutines; the runtime only calls this for its own
  // C++ awaiters, which the Python layer does not use.
  std::abort();
}

}  // namespace py
