// collections' native half, the module _collections: deque and the namedtuple classes, behaving
// as CPython 3.11's _collections module and Lib/collections/__init__.py (same results, orders,
// reprs and error messages). collections.py (from the library archive, run on first import)
// imports them and has defaultdict, Counter, OrderedDict and namedtuple(), which makes its
// classes with _namedtuple_type here.
//
// deque is native because asyncio's queues, locks and semaphores (asyncio_prelude.py) keep their
// waiters in deques: a Python deque over a list pays O(n) for popleft. The prelude imports it
// from _collections, so an asyncio program reads no library file. deque is a DequeObject
// (Layout::Other). A namedtuple class is a tuple subclass whose instances are Tuples; the VM's
// C++ makes some too (sys.version_info, functools' CacheInfo).
#include <algorithm>
#include <cstdint>
#include <deque>
#include <string>
#include <utility>
#include <vector>

#include "modules/library_methods.hpp"
#include "modules/modules.hpp"
#include "vm/interpreter.hpp"

namespace py {

namespace {

using modules::after_self;
using modules::ReprGuard;

struct CollectionsTypes : VM::ModuleState {
  Type* deque = nullptr;
  Type* deque_iterator = nullptr;
  Type* deque_reverse_iterator = nullptr;
};

CollectionsTypes& types_of(const VM& vm) {
  return modules::module_state<CollectionsTypes>(vm);
}

// ---- Shared helpers ----------------------------------------------------------------------------

Dict& dict_of(const Value& v) {
  return *v.as<Dict>();
}

// ---- deque -------------------------------------------------------------------------------------

struct DequeObject : Object {
  std::deque<Value> items;
  std::int64_t maxlen = -1;  // -1: unbounded
  std::size_t state = 0;     // bumped by mutations, so iterators notice them
};

DequeObject& deque_of(const Value& v) {
  return *v.as<DequeObject>();
}

bool is_deque(VM& vm, const Value& v) {
  return vm.is_instance(v, types_of(vm).deque);
}

Value mutated_error(VM& vm, Type* type = nullptr) {
  return vm.raise(type ? type : vm.exc().RuntimeError, "deque mutated during iteration");
}

// append / appendleft: a full bounded deque drops an item from the other end. The dropped item
// is released last, when the deque is consistent again.
void push(DequeObject& deque, Value item, bool left) {
  Value dropped;
  if (left) {
    deque.items.push_front(std::move(item));
  } else {
    deque.items.push_back(std::move(item));
  }
  if (deque.maxlen >= 0 && static_cast<std::int64_t>(deque.items.size()) > deque.maxlen) {
    if (left) {
      dropped = std::move(deque.items.back());
      deque.items.pop_back();
    } else {
      dropped = std::move(deque.items.front());
      deque.items.pop_front();
    }
  }
  ++deque.state;
}

bool extend(VM& vm, const Value& self, const Value& iterable, bool left) {
  DequeObject& deque = deque_of(self);
  if (iterable.is(self)) {  // d.extend(d): a snapshot first
    std::vector<Value> snapshot(deque.items.begin(), deque.items.end());
    for (Value& item : snapshot) push(deque, std::move(item), left);
    return true;
  }
  return vm.for_each(iterable, [&](Value item) {
    push(deque, std::move(item), left);
    return true;
  });
}

Value new_deque(Type* type, std::int64_t maxlen) {
  auto* deque = new DequeObject;
  deque->set_user_tag(type->index);
  deque->maxlen = maxlen;
  return Value(deque);
}

Value deque_new(VM&, CallArgs args) {
  return new_deque(args[0].as<Type>(), -1);
}

Value deque_init(VM& vm, CallArgs args) {
  Value bound[2];
  if (!bind_clinic_args(vm, after_self(args), "deque", {"iterable", "maxlen"}, 0, 2, 0, bound))
    return {};
  std::int64_t maxlen = -1;
  if (bound[1] && !vm.is_none(bound[1])) {
    if (!vm.is_int(bound[1])) return vm.type_error("an integer is required");
    if (!vm.to_int64(bound[1], maxlen)) {
      return vm.raise(vm.exc().OverflowError, "Python int too large to convert to C ssize_t");
    }
    if (maxlen < 0) return vm.value_error("maxlen must be non-negative");
  }
  DequeObject& deque = deque_of(args[0]);
  deque.maxlen = maxlen;
  if (!deque.items.empty()) {
    std::deque<Value> old;
    old.swap(deque.items);
    ++deque.state;
  }
  if (bound[0] && !extend(vm, args[0], bound[0], false)) return {};
  return vm.none();
}

Value deque_append(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "deque.append", 1, 1)) return {};
  push(deque_of(args[0]), args[1], false);
  return vm.none();
}

Value deque_appendleft(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "deque.appendleft", 1, 1)) return {};
  push(deque_of(args[0]), args[1], true);
  return vm.none();
}

Value pop_end(VM& vm, const Value& self, bool left) {
  DequeObject& deque = deque_of(self);
  if (deque.items.empty()) return vm.index_error("pop from an empty deque");
  Value item;
  if (left) {
    item = std::move(deque.items.front());
    deque.items.pop_front();
  } else {
    item = std::move(deque.items.back());
    deque.items.pop_back();
  }
  ++deque.state;
  return item;
}

Value deque_pop(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "deque.pop", 0, 0)) return {};
  return pop_end(vm, args[0], false);
}
Value deque_popleft(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "deque.popleft", 0, 0)) return {};
  return pop_end(vm, args[0], true);
}

Value deque_extend(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "deque.extend", 1, 1)) return {};
  return extend(vm, args[0], args[1], false) ? vm.none() : Value();
}

Value deque_extendleft(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "deque.extendleft", 1, 1)) return {};
  return extend(vm, args[0], args[1], true) ? vm.none() : Value();
}

Value deque_clear(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "deque.clear", 0, 0)) return {};
  DequeObject& deque = deque_of(args[0]);
  std::deque<Value> old;
  old.swap(deque.items);
  ++deque.state;
  return vm.none();
}

Value deque_rotate(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "deque.rotate", 0, 1)) return {};
  std::int64_t n = 1;
  if (args.nargs > 1 && !vm.to_index(args[1], n)) return {};
  DequeObject& deque = deque_of(args[0]);
  auto size = static_cast<std::int64_t>(deque.items.size());
  if (size <= 1) return vm.none();
  n %= size;  // C's remainder, then into [0, size): a right rotation
  if (n < 0) n += size;
  std::rotate(deque.items.begin(), deque.items.end() - n, deque.items.end());
  ++deque.state;
  return vm.none();
}

Value deque_reverse(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "deque.reverse", 0, 0)) return {};
  DequeObject& deque = deque_of(args[0]);
  std::reverse(deque.items.begin(), deque.items.end());
  return vm.none();
}

// Finds `value` from `start` to `stop`, comparing with ==: the index, -1 when absent, -2 when
// a comparison raised or mutated the deque (error raised, of type `mutation_error`).
std::int64_t find(VM& vm, const Value& self, const Value& value, std::size_t start,
                  std::size_t stop, Type* mutation_error = nullptr) {
  DequeObject& deque = deque_of(self);
  const std::size_t state = deque.state;
  for (std::size_t i = start; i < stop && i < deque.items.size(); ++i) {
    Value item = deque.items[i];
    int equal = vm.equal(item, value);
    if (equal < 0) return -2;
    if (deque.state != state) {
      mutated_error(vm, mutation_error);
      return -2;
    }
    if (equal) return static_cast<std::int64_t>(i);
  }
  return -1;
}

Value deque_count(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "deque.count", 1, 1)) return {};
  DequeObject& deque = deque_of(args[0]);
  const std::size_t state = deque.state;
  std::int64_t count = 0;
  for (std::size_t i = 0; i < deque.items.size(); ++i) {
    Value item = deque.items[i];
    int equal = vm.equal(item, args[1]);
    if (equal < 0) return {};
    if (deque.state != state) return mutated_error(vm);
    count += equal;
  }
  return vm.make_int(count);
}

Value not_in_deque(VM& vm, const Value& value) {
  auto text = vm.repr_text(value);
  return text ? vm.value_error(*text + " is not in deque") : Value();
}

// A slice bound as list.index takes it: negative counts from the end, then clamped.
bool slice_bound(VM& vm, const Value& v, std::int64_t size, std::int64_t& out) {
  if (!vm.to_index(v, out)) return false;
  if (out < 0) out = std::max<std::int64_t>(out + size, 0);
  out = std::min(out, size);
  return true;
}

Value deque_index(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "index", 1, 3)) return {};
  auto size = static_cast<std::int64_t>(deque_of(args[0]).items.size());
  std::int64_t start = 0, stop = size;
  if (args.nargs > 2 && !slice_bound(vm, args[2], size, start)) return {};
  if (args.nargs > 3 && !slice_bound(vm, args[3], size, stop)) return {};
  std::int64_t found = start < stop ? find(vm, args[0], args[1], static_cast<std::size_t>(start),
                                           static_cast<std::size_t>(stop))
                                    : -1;
  if (found == -2) return {};
  if (found < 0) return not_in_deque(vm, args[1]);
  return vm.make_int(found);
}

Value deque_remove(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "deque.remove", 1, 1)) return {};
  DequeObject& deque = deque_of(args[0]);
  std::int64_t found = find(vm, args[0], args[1], 0, deque.items.size(), vm.exc().IndexError);
  if (found == -2) return {};
  if (found < 0) return not_in_deque(vm, args[1]);
  Value removed = std::move(deque.items[static_cast<std::size_t>(found)]);
  deque.items.erase(deque.items.begin() + found);
  ++deque.state;
  return vm.none();
}

Value deque_insert(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "insert", 2, 2)) return {};
  std::int64_t index;
  if (!vm.to_index(args[1], index)) return {};
  DequeObject& deque = deque_of(args[0]);
  auto size = static_cast<std::int64_t>(deque.items.size());
  if (deque.maxlen == size) return vm.index_error("deque already at its maximum size");
  if (index < 0) index = std::max<std::int64_t>(index + size, 0);
  index = std::min(index, size);
  deque.items.insert(deque.items.begin() + index, args[2]);
  ++deque.state;
  return vm.none();
}

// A subscript: an int (no slices), negative from the end; IndexError when out of range.
bool item_index(VM& vm, const Value& self, const Value& key, std::size_t& out) {
  if (!vm.is_int(key) && !vm.lookup_in_type(vm.type_of(key), "__index__")) {
    vm.type_error("sequence index must be integer, not '" + std::string(vm.type_name(key)) + "'");
    return false;
  }
  std::int64_t index;
  if (!vm.to_index(key, index)) return false;
  auto size = static_cast<std::int64_t>(deque_of(self).items.size());
  if (index < 0) index += size;
  if (index < 0 || index >= size) {
    vm.index_error("deque index out of range");
    return false;
  }
  out = static_cast<std::size_t>(index);
  return true;
}

Value deque_getitem(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "deque.__getitem__", 1, 1)) return {};
  std::size_t index;
  if (!item_index(vm, args[0], args[1], index)) return {};
  return deque_of(args[0]).items[index];
}

Value deque_setitem(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "deque.__setitem__", 2, 2)) return {};
  std::size_t index;
  if (!item_index(vm, args[0], args[1], index)) return {};
  Value old = std::exchange(deque_of(args[0]).items[index], args[2]);
  return vm.none();
}

Value deque_delitem(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "deque.__delitem__", 1, 1)) return {};
  std::size_t index;
  if (!item_index(vm, args[0], args[1], index)) return {};
  DequeObject& deque = deque_of(args[0]);
  Value old = std::move(deque.items[index]);
  deque.items.erase(deque.items.begin() + static_cast<std::ptrdiff_t>(index));
  ++deque.state;
  return vm.none();
}

Value deque_len(VM& vm, CallArgs args) {
  return vm.make_int(static_cast<std::int64_t>(deque_of(args[0]).items.size()));
}

Value deque_contains(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "deque.__contains__", 1, 1)) return {};
  DequeObject& deque = deque_of(args[0]);
  std::int64_t found = find(vm, args[0], args[1], 0, deque.items.size());
  if (found == -2) return {};
  return vm.boolean(found >= 0);
}

Value deque_maxlen(VM& vm, CallArgs args) {
  std::int64_t maxlen = deque_of(args[0]).maxlen;
  return maxlen < 0 ? vm.none() : vm.make_int(maxlen);
}

// deque.copy(): the same class and maxlen. Subclasses are called as type(d)(d, maxlen).
Value copy_deque(VM& vm, const Value& self) {
  const DequeObject& deque = deque_of(self);
  Type* type = vm.type_of(self);
  if (type == types_of(vm).deque) {
    Value copy = new_deque(type, deque.maxlen);
    deque_of(copy).items = deque.items;
    return copy;
  }
  if (deque.maxlen < 0) return vm.call(Value(type), {self});
  return vm.call(Value(type), {self, vm.make_int(deque.maxlen)});
}

Value deque_copy(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "deque.copy", 0, 0)) return {};
  return copy_deque(vm, args[0]);
}

Value deque_repr(VM& vm, CallArgs args) {
  ReprGuard guard(args[0].object());
  if (guard.recursive()) return vm.make_str(std::string("[...]"));
  const DequeObject& deque = deque_of(args[0]);
  auto list_text =
      vm.repr_text(vm.make_list(std::vector<Value>(deque.items.begin(), deque.items.end())));
  if (!list_text) return {};
  std::string text = vm.type_of(args[0])->name + "(" + *list_text;
  if (deque.maxlen >= 0) text += ", maxlen=" + std::to_string(deque.maxlen);
  return vm.make_str(text + ")");
}

// deque_richcompare: deques compare as sequences, and only with deques.
Value deque_compare(VM& vm, CallArgs args, int op) {
  if (!modules::arity(vm, args, "deque comparison", 1, 1)) return {};
  const Value &self = args[0], &other = args[1];
  if (!is_deque(vm, other)) return vm.not_implemented();
  DequeObject &a = deque_of(self), &b = deque_of(other);
  if ((op == kEq || op == kNe) && (self.is(other) || a.items.size() != b.items.size())) {
    bool same = self.is(other);
    return vm.boolean(op == kEq ? same : !same);
  }
  for (std::size_t i = 0; i < a.items.size() && i < b.items.size(); ++i) {
    Value x = a.items[i], y = b.items[i];
    int equal = vm.equal(x, y);
    if (equal < 0) return {};
    if (!equal) return vm.rich_compare(x, y, op);
  }
  std::size_t m = a.items.size(), n = b.items.size();
  bool result = false;
  switch (op) {
    case kLt:
      result = m < n;
      break;
    case kLe:
      result = m <= n;
      break;
    case kEq:
      result = m == n;
      break;
    case kNe:
      result = m != n;
      break;
    case kGt:
      result = m > n;
      break;
    case kGe:
      result = m >= n;
      break;
  }
  return vm.boolean(result);
}

Value deque_lt(VM& vm, CallArgs args) {
  return deque_compare(vm, args, kLt);
}
Value deque_le(VM& vm, CallArgs args) {
  return deque_compare(vm, args, kLe);
}
Value deque_eq(VM& vm, CallArgs args) {
  return deque_compare(vm, args, kEq);
}
Value deque_ne(VM& vm, CallArgs args) {
  return deque_compare(vm, args, kNe);
}
Value deque_gt(VM& vm, CallArgs args) {
  return deque_compare(vm, args, kGt);
}
Value deque_ge(VM& vm, CallArgs args) {
  return deque_compare(vm, args, kGe);
}

Value deque_add(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "deque.__add__", 1, 1)) return {};
  if (!is_deque(vm, args[1])) {
    return vm.type_error("can only concatenate deque (not \"" + std::string(vm.type_name(args[1])) +
                         "\") to deque");
  }
  Value result = copy_deque(vm, args[0]);
  if (!result || !extend(vm, result, args[1], false)) return {};
  return result;
}

Value deque_iadd(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "deque.__iadd__", 1, 1)) return {};
  return extend(vm, args[0], args[1], false) ? args[0] : Value();
}

// d *= n: n copies; a bounded deque keeps the last maxlen items, which a few copies decide.
bool repeat_in_place(VM& vm, const Value& self, const Value& count) {
  std::int64_t n;
  if (!vm.to_index(count, n)) return false;
  DequeObject& deque = deque_of(self);
  if (n <= 0) {
    std::deque<Value> old;
    old.swap(deque.items);
    ++deque.state;
    return true;
  }
  if (deque.items.empty() || n == 1) return true;
  std::vector<Value> snapshot(deque.items.begin(), deque.items.end());
  if (deque.maxlen >= 0) {
    n = std::min<std::int64_t>(n, deque.maxlen / static_cast<std::int64_t>(snapshot.size()) + 2);
  }
  if (static_cast<std::uint64_t>(n) > SIZE_MAX / snapshot.size()) {
    vm.raise(vm.exc().MemoryError, "");
    return false;
  }
  for (std::int64_t copy = 1; copy < n; ++copy) {
    for (const Value& item : snapshot) push(deque, item, false);
  }
  return true;
}

Value deque_mul(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "deque.__mul__", 1, 1)) return {};
  if (!vm.is_int(args[1])) return vm.not_implemented();
  Value result = copy_deque(vm, args[0]);
  if (!result || !repeat_in_place(vm, result, args[1])) return {};
  return result;
}

Value deque_imul(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "deque.__imul__", 1, 1)) return {};
  if (!vm.is_int(args[1])) return vm.not_implemented();
  return repeat_in_place(vm, args[0], args[1]) ? args[0] : Value();
}

// Iterators: `source` the deque, `position` the next index, `stop` the items left, and
// `expected_size` the deque's state when iteration began.
Value deque_iterator_next(VM& vm, CallArgs args) {
  auto* it = args[0].as<IteratorObject>();
  if (!it->source || it->stop == 0) return {};
  const DequeObject& deque = deque_of(it->source);
  if (deque.state != it->expected_size) {
    it->stop = 0;
    return mutated_error(vm);
  }
  --it->stop;
  auto index = static_cast<std::size_t>(it->position);
  it->position += it->step;
  return deque.items[index];
}

Value make_deque_iterator(VM& vm, const Value& self, bool reversed) {
  const DequeObject& deque = deque_of(self);
  auto* it = new IteratorObject;
  CollectionsTypes& types = types_of(vm);
  it->set_user_tag((reversed ? types.deque_reverse_iterator : types.deque_iterator)->index);
  it->kind = IterKind::Native;
  it->next_fn = deque_iterator_next;
  it->source = self;
  it->stop = static_cast<std::int64_t>(deque.items.size());
  it->position = reversed ? it->stop - 1 : 0;
  it->step = reversed ? -1 : 1;
  it->expected_size = deque.state;
  return Value(it);
}

Value deque_iter(VM& vm, CallArgs args) {
  return make_deque_iterator(vm, args[0], false);
}
Value deque_reversed(VM& vm, CallArgs args) {
  return make_deque_iterator(vm, args[0], true);
}

Value iterator_self(VM&, CallArgs args) {
  return args[0];
}

Value iterator_next(VM& vm, CallArgs args) {
  Value item = deque_iterator_next(vm, args);
  if (!item && !vm.has_pending_exception()) return vm.raise(Value(vm.exc().StopIteration));
  return item;
}

// ---- namedtuple --------------------------------------------------------------------------------

// The namedtuple class that defines `type`'s fields (type itself or a base): where the
// generated methods find their names and defaults.
Type* defining_class(VM& vm, Type* type) {
  const Value fields_name = vm.intern("_fields");
  for (Type* base : type->mro) {
    Value unused;
    if (vm.dict_get_str(*base->dict.as<Dict>(), fields_name, unused) == 1) return base;
  }
  return type;
}

std::vector<Value> fields_of(VM& vm, Type* type) {
  Value fields = vm.dict_get_item(*type->dict.as<Dict>(), "_fields");
  return fields ? fields.as<Tuple>()->items : std::vector<Value>{};
}

std::string quoted(const Value& name) {
  return "'" + VM::str_text(name) + "'";
}

// "'x'", "'x' and 'y'", "'x', 'y', and 'z'": CPython's list of missing arguments.
std::string name_list(const std::vector<Value>& names) {
  std::string text;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) text += names.size() > 2 ? ", " : " ";
    if (i > 0 && i + 1 == names.size()) text += "and ";
    text += quoted(names[i]);
  }
  return text;
}

// Binds __new__(_cls, field0, field1, ...)'s arguments as a Python function would.
bool bind_fields(VM& vm, Type* nt, CallArgs args, std::vector<Value>& items) {
  const std::string function = nt->name + ".__new__()";
  std::vector<Value> fields = fields_of(vm, nt);
  Value defaults = vm.dict_get_item(*nt->dict.as<Dict>(), "_field_defaults");
  items.assign(fields.size(), Value());
  for (std::uint32_t i = 0; i < args.nargs && i < fields.size(); ++i) items[i] = args[i];
  for (std::uint32_t k = 0; k < args.nkw; ++k) {
    const std::string& name = VM::str_text(args.kwnames[k]);
    auto field = std::find_if(fields.begin(), fields.end(),
                              [&](const Value& f) { return VM::str_text(f) == name; });
    if (field == fields.end()) {
      vm.type_error(function + " got an unexpected keyword argument '" + name + "'");
      return false;
    }
    Value& slot = items[static_cast<std::size_t>(field - fields.begin())];
    if (slot) {
      vm.type_error(function + " got multiple values for argument '" + name + "'");
      return false;
    }
    slot = args.kwvalues[k];
  }
  const std::size_t ndefaults = defaults ? dict_of(defaults).used : 0;
  const std::size_t required = fields.size() - ndefaults;
  if (args.nargs > fields.size()) {
    std::string takes = ndefaults ? "from " + std::to_string(required + 1) + " to " +
                                        std::to_string(fields.size() + 1)
                                  : std::to_string(fields.size() + 1);
    vm.type_error(function + " takes " + takes + " positional argument" +
                  (fields.size() == 0 && !ndefaults ? "" : "s") + " but " +
                  std::to_string(args.nargs + 1) + " were given");
    return false;
  }
  std::vector<Value> missing;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (items[i]) continue;
    if (i < required) {
      missing.push_back(fields[i]);
    } else {
      items[i] = vm.dict_get_item(dict_of(defaults), VM::str_text(fields[i]));
    }
  }
  if (!missing.empty()) {
    vm.type_error(function + " missing " + std::to_string(missing.size()) +
                  " required positional argument" + (missing.size() > 1 ? "s" : "") + ": " +
                  name_list(missing));
    return false;
  }
  return true;
}

Value namedtuple_new(VM& vm, CallArgs args) {
  Type* cls = args[0].as<Type>();
  std::vector<Value> items;
  if (!bind_fields(vm, defining_class(vm, cls), after_self(args), items)) return {};
  return make_namedtuple(cls, std::move(items));
}

Value namedtuple_make(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "_make", 1, 1)) return {};
  Type* cls = args[0].as<Type>();
  std::vector<Value> items;
  if (!vm.collect(args[1], items)) return {};
  std::size_t expected = fields_of(vm, defining_class(vm, cls)).size();
  if (items.size() != expected) {
    return vm.type_error("Expected " + std::to_string(expected) + " arguments, got " +
                         std::to_string(items.size()));
  }
  return make_namedtuple(cls, std::move(items));
}

Value namedtuple_asdict(VM& vm, CallArgs args) {
  std::vector<Value> fields = fields_of(vm, defining_class(vm, vm.type_of(args[0])));
  const std::vector<Value>& items = args[0].as<Tuple>()->items;
  Value dict = vm.make_dict();
  for (std::size_t i = 0; i < fields.size() && i < items.size(); ++i) {
    if (!vm.dict_set(dict_of(dict), fields[i], items[i])) return {};
  }
  return dict;
}

Value namedtuple_repr(VM& vm, CallArgs args) {
  Type* cls = vm.type_of(args[0]);
  std::vector<Value> fields = fields_of(vm, defining_class(vm, cls));
  std::vector<Value> items = args[0].as<Tuple>()->items;
  std::string text = cls->name + "(";
  for (std::size_t i = 0; i < fields.size() && i < items.size(); ++i) {
    auto item_text = vm.repr_text(items[i]);
    if (!item_text) return {};
    if (i > 0) text += ", ";
    text += VM::str_text(fields[i]) + "=" + *item_text;
  }
  return vm.make_str(text + ")");
}

Value namedtuple_getnewargs(VM& vm, CallArgs args) {
  return vm.make_tuple(args[0].as<Tuple>()->items);
}

// A field's property getter: made with the field's index as its bound self.
Value field_getter(VM& vm, CallArgs args) {
  std::int64_t index = args[0].small_value();
  const Value& self = args[1];
  if (vm.type_of(self)->layout != Layout::Tuple) {
    return vm.type_error("descriptor for index '" + std::to_string(index) +
                         "' for tuple subclasses doesn't apply to '" +
                         std::string(vm.type_name(self)) + "' object");
  }
  const auto& items = self.as<Tuple>()->items;
  if (static_cast<std::size_t>(index) >= items.size())
    return vm.index_error("tuple index out of range");
  return items[static_cast<std::size_t>(index)];
}

// CPython's fields are read-only _tuplegetter descriptors, with their own messages.
Value field_setter(VM& vm, CallArgs) {
  return vm.raise(vm.exc().AttributeError, "can't set attribute");
}

Value field_deleter(VM& vm, CallArgs) {
  return vm.raise(vm.exc().AttributeError, "can't delete attribute");
}

Value field_property(VM& vm, const std::string& name, std::size_t index) {
  auto* property = new Property;
  property->set_user_tag(kPropertyType);
  property->getter =
      vm.make_native(name, field_getter, Value::small(static_cast<std::int64_t>(index)));
  property->setter = vm.make_native(name, field_setter);
  property->deleter = vm.make_native(name, field_deleter);
  property->doc = vm.make_str("Alias for field number " + std::to_string(index));
  return Value(property);
}

// The name of the module namedtuple() is called from: the globals' __name__ of the innermost
// frame not hidden (collections.py's namedtuple() is).
std::string caller_module(VM& vm) {
  for (Frame* frame = vm.interpreter().current_frame(); frame; frame = frame->back) {
    if (frame->code->source && frame->code->source->hidden) continue;
    if (!frame->globals) break;
    Value name = vm.dict_get_item(*frame->globals.as<Dict>(), "__name__");
    if (name && vm.is_str(name)) return VM::str_text(name);
    break;
  }
  return "__main__";
}

// _namedtuple_type(typename, fields, defaults, module): the class, for namedtuple() in
// collections.py, which has checked the names; module None is the caller's.
Value namedtuple_type(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "_namedtuple_type", 4, 4)) return {};
  std::vector<std::string> fields;
  for (const Value& name : args[1].as<Tuple>()->items) fields.push_back(VM::str_text(name));
  std::string module = vm.is_none(args[3]) ? caller_module(vm) : VM::str_text(args[3]);
  return Value(
      make_namedtuple_type(vm, VM::str_text(args[0]), fields, module, args[2].as<Tuple>()->items));
}

// ---- Module ------------------------------------------------------------------------------------

struct Method {
  std::string_view name;
  NativeFn fn;
};

void add_methods(VM& vm, Type* type, std::initializer_list<Method> methods) {
  for (const Method& method : methods) vm.add_method(type, method.name, method.fn);
}

Type* make_deque_type(VM& vm) {
  Type* deque = vm.new_builtin_type("deque", vm.type(kObjectType), Layout::Other, "collections");
  vm.add_static(deque, "__new__", deque_new);
  add_methods(vm, deque,
              {{"__init__", deque_init},
               {"append", deque_append},
               {"appendleft", deque_appendleft},
               {"pop", deque_pop},
               {"popleft", deque_popleft},
               {"extend", deque_extend},
               {"extendleft", deque_extendleft},
               {"clear", deque_clear},
               {"rotate", deque_rotate},
               {"reverse", deque_reverse},
               {"count", deque_count},
               {"index", deque_index},
               {"insert", deque_insert},
               {"remove", deque_remove},
               {"copy", deque_copy},
               {"__copy__", deque_copy},
               {"__len__", deque_len},
               {"__contains__", deque_contains},
               {"__getitem__", deque_getitem},
               {"__setitem__", deque_setitem},
               {"__delitem__", deque_delitem},
               {"__iter__", deque_iter},
               {"__reversed__", deque_reversed},
               {"__repr__", deque_repr},
               {"__lt__", deque_lt},
               {"__le__", deque_le},
               {"__eq__", deque_eq},
               {"__ne__", deque_ne},
               {"__gt__", deque_gt},
               {"__ge__", deque_ge},
               {"__add__", deque_add},
               {"__iadd__", deque_iadd},
               {"__mul__", deque_mul},
               {"__rmul__", deque_mul},
               {"__imul__", deque_imul}});
  vm.add_property(deque, "maxlen", deque_maxlen);
  vm.dict_set_item(*deque->dict.as<Dict>(), "__hash__", vm.none());
  return deque;
}

Type* make_iterator_type(VM& vm, std::string name) {
  Type* type =
      vm.new_builtin_type(std::move(name), vm.type(kObjectType), Layout::Iterator, "collections");
  vm.add_method(type, "__iter__", iterator_self);
  vm.add_method(type, "__next__", iterator_next);
  return type;
}

}  // namespace

Value make_namedtuple(Type* type, std::vector<Value> items) {
  auto* tuple = new Tuple;
  tuple->items = std::move(items);
  tuple->set_user_tag(type->index);
  return Value(tuple);
}

Type* make_namedtuple_type(VM& vm, std::string_view name, const std::vector<std::string>& fields,
                           std::string_view module, std::vector<Value> defaults) {
  Type* type = vm.new_builtin_type(std::string(name), vm.type(kTupleType), Layout::Tuple,
                                   std::string(module));
  type->heap = true;  // a class like any other: its attributes can be set
  Dict& ns = *type->dict.as<Dict>();
  std::vector<Value> names;
  std::string signature;
  for (const std::string& field : fields) {
    names.push_back(vm.intern(field));
    signature += (signature.empty() ? "" : ", ") + field;
  }
  Value field_tuple = vm.make_tuple(names);
  Value field_defaults = vm.make_dict();
  const std::size_t first_default = fields.size() - defaults.size();
  for (std::size_t i = 0; i < defaults.size(); ++i) {
    vm.dict_set(dict_of(field_defaults), names[first_default + i], defaults[i]);
  }
  vm.dict_set_item(ns, "__doc__", vm.make_str(std::string(name) + "(" + signature + ")"));
  vm.dict_set_item(ns, "__slots__", vm.make_tuple({}));
  vm.dict_set_item(ns, "_fields", field_tuple);
  vm.dict_set_item(ns, "_field_defaults", field_defaults);
  vm.dict_set_item(ns, "__match_args__", field_tuple);
  vm.add_static(type, "__new__", namedtuple_new);
  vm.add_classmethod(type, "_make", namedtuple_make);
  add_methods(vm, type,
              {{"_replace", library_method<kNamedtupleReplace>},
               {"_asdict", namedtuple_asdict},
               {"__repr__", namedtuple_repr},
               {"__getnewargs__", namedtuple_getnewargs}});
  for (std::size_t i = 0; i < fields.size(); ++i) {
    vm.dict_set_item(ns, fields[i], field_property(vm, fields[i], i));
  }
  return type;
}

bool init_native_collections(VM& vm, Module& module) {
  CollectionsTypes& types = types_of(vm);
  types.deque = make_deque_type(vm);
  types.deque_iterator = make_iterator_type(vm, "_deque_iterator");
  types.deque_reverse_iterator = make_iterator_type(vm, "_deque_reverse_iterator");
  return modules::add_value(vm, module, "deque", Value(types.deque)) &&
         modules::add_function(vm, module, "_namedtuple_type", namedtuple_type);
}

bool init_collections(VM& vm, Module& module) {
  return exec_library_module(vm, module, "collections");
}

}  // namespace py
