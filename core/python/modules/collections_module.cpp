// collections: deque, defaultdict, Counter, OrderedDict and namedtuple, behaving as CPython
// 3.11's _collections module and Lib/collections/__init__.py (same results, orders, reprs and
// error messages).
//
// deque is a DequeObject (Layout::Other). defaultdict, Counter and OrderedDict are dict
// subclasses: their instances are Dicts tagged with their class, so every dict method works on
// them. A namedtuple class is a tuple subclass whose instances are Tuples.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "modules/modules.hpp"
#include "vm/interpreter.hpp"

namespace py {
namespace {

using modules::after_self;
using modules::ReprGuard;

struct CollectionsTypes {
  Type* deque = nullptr;
  Type* deque_iterator = nullptr;
  Type* deque_reverse_iterator = nullptr;
  Type* defaultdict = nullptr;
  Type* counter = nullptr;
  Type* ordered_dict = nullptr;
};

CollectionsTypes& types_of(const VM& vm) {
  return modules::module_state<CollectionsTypes>(vm);
}

// ---- Shared helpers ----------------------------------------------------------------------------

// The result of a comparison as a truth value: 1, 0, or -1 when it raised.
int compare(VM& vm, const Value& a, const Value& b, int op) {
  Value result = vm.rich_compare(a, b, op);
  return result ? vm.truthy(result) : -1;
}

bool is_dict(const VM& vm, const Value& v) {
  return vm.type_of(v)->layout == Layout::Dict;
}
Dict& dict_of(const Value& v) {
  return *v.as<Dict>();
}

Value new_dict_of(VM& vm, Type* type) {
  Value dict = vm.make_dict();
  dict.object()->set_user_tag(type->index);
  return dict;
}

// The live entries of a dict, copied: the caller may run Python code that mutates the dict.
std::vector<std::pair<Value, Value>> items_of(const Dict& dict) {
  std::vector<std::pair<Value, Value>> items;
  items.reserve(dict.used);
  for (const DictEntry& entry : dict.entries) {
    if (entry.key) items.emplace_back(entry.key, entry.value);
  }
  return items;
}

// d.get(key, 0): false if the lookup raised.
bool count_of(VM& vm, Dict& dict, const Value& key, Value& out) {
  int found = vm.dict_get(dict, key, out);
  if (found < 0) return false;
  if (found == 0) out = Value::small(0);
  return true;
}

// A stable merge sort that stays in bounds whatever the comparisons answer (Python objects need
// not be totally ordered). `less` returns 1, 0, or -1 when it raised; false then.
template <class T, class Less>
bool merge_sort(std::vector<T>& items, Less less) {
  const std::size_t n = items.size();
  std::vector<T> merged(n);
  for (std::size_t width = 1; width < n; width *= 2) {
    for (std::size_t low = 0; low < n; low += 2 * width) {
      std::size_t middle = std::min(low + width, n), high = std::min(low + 2 * width, n);
      std::size_t i = low, j = middle, k = low;
      while (i < middle && j < high) {
        int right_first = less(items[j], items[i]);  // only when strictly less: stable
        if (right_first < 0) return false;
        merged[k++] = right_first ? items[j++] : items[i++];
      }
      while (i < middle) merged[k++] = items[i++];
      while (j < high) merged[k++] = items[j++];
    }
    items.swap(merged);
  }
  return true;
}

// Calls dict's own method `name` on self (a dict subclass instance), with self's other
// arguments: defaultdict/OrderedDict.__init__ delegate to dict.update this way.
Value call_dict_method(VM& vm, std::string_view name, const Value& self, CallArgs rest) {
  Value method = vm.lookup_in_type(vm.type(kDictType), name);
  if (!method)
    return vm.raise(vm.exc().AttributeError, "dict has no attribute " + std::string(name));
  std::vector<Value> positional{self};
  positional.insert(positional.end(), rest.args, rest.args + rest.nargs);
  return vm.call(method, CallArgs{positional.data(), static_cast<std::uint32_t>(positional.size()),
                                  rest.kwvalues, rest.kwnames, rest.nkw});
}

// repr(dict(d)) for a dict subclass instance, without going through its own __repr__.
std::optional<std::string> plain_dict_repr(VM& vm, const Value& self) {
  ReprGuard guard(self.object());
  if (guard.recursive()) return "{...}";
  std::string text = "{";
  const Dict& dict = dict_of(self);
  for (std::size_t i = 0; i < dict.entries.size(); ++i) {
    if (!dict.entries[i].key) continue;
    Value key = dict.entries[i].key, value = dict.entries[i].value;
    auto key_text = vm.repr_text(key);
    if (!key_text) return std::nullopt;
    auto value_text = vm.repr_text(value);
    if (!value_text) return std::nullopt;
    if (text.size() > 1) text += ", ";
    text += *key_text + ": " + *value_text;
  }
  return text + "}";
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
  if (!bind_args(vm, after_self(args), "deque", {"iterable", "maxlen"}, 0, bound)) return {};
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

// ---- defaultdict -------------------------------------------------------------------------------

Value dict_subclass_new(VM& vm, CallArgs args) {
  return new_dict_of(vm, args[0].as<Type>());
}

Value defaultdict_init(VM& vm, CallArgs args) {
  CallArgs rest = after_self(args);
  Value factory;
  if (rest.nargs > 0) {
    factory = rest[0];
    if (!vm.is_none(factory) && !vm.is_callable(factory)) {
      return vm.type_error("first argument must be callable or None");
    }
    rest = after_self(rest);
  }
  dict_of(args[0]).default_factory = vm.is_none(factory) ? Value() : factory;
  if (rest.nargs == 0 && rest.nkw == 0) return vm.none();
  return call_dict_method(vm, "update", args[0], rest) ? vm.none() : Value();
}

Value defaultdict_missing_method(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "defaultdict.__missing__", 1, 1)) return {};
  return defaultdict_missing(vm, dict_of(args[0]), args[1]);
}

Value factory_or_none(VM& vm, const Value& self) {
  const Value& factory = dict_of(self).default_factory;
  return factory ? factory : vm.none();
}

Value defaultdict_repr(VM& vm, CallArgs args) {
  std::string factory_text = "None";
  if (const Value& factory = dict_of(args[0]).default_factory) {
    ReprGuard guard(factory.object());
    auto text = guard.recursive() ? std::optional<std::string>("...") : vm.repr_text(factory);
    if (!text) return {};
    factory_text = *text;
  }
  auto dict_text = plain_dict_repr(vm, args[0]);
  if (!dict_text) return {};
  return vm.make_str(vm.type_of(args[0])->name + "(" + factory_text + ", " + *dict_text + ")");
}

// type(d)(d.default_factory, d)
Value copy_defaultdict(VM& vm, const Value& self) {
  return vm.call(Value(vm.type_of(self)), {factory_or_none(vm, self), self});
}

Value defaultdict_copy(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "defaultdict.copy", 0, 0)) return {};
  return copy_defaultdict(vm, args[0]);
}

Value defaultdict_get_factory(VM& vm, CallArgs args) {
  return factory_or_none(vm, args[0]);
}

Value defaultdict_set_factory(VM& vm, CallArgs args) {
  const Value& factory = args.nargs > 1 ? args[1] : Value();
  dict_of(args[0]).default_factory = !factory || vm.is_none(factory) ? Value() : factory;
  return vm.none();
}

// d | other: a copy of d (the same class and factory) updated with other.
Value defaultdict_or(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "defaultdict.__or__", 1, 1)) return {};
  if (!is_dict(vm, args[1])) return vm.not_implemented();
  Value result = copy_defaultdict(vm, args[0]);
  if (!result || !vm.call_method(result, "update", {args[1]})) return {};
  return result;
}

Value defaultdict_ror(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "defaultdict.__ror__", 1, 1)) return {};
  if (!is_dict(vm, args[1])) return vm.not_implemented();
  Value result = vm.call(Value(vm.type_of(args[0])), {factory_or_none(vm, args[0]), args[1]});
  if (!result || !vm.call_method(result, "update", {args[0]})) return {};
  return result;
}

// ---- Counter -----------------------------------------------------------------------------------

bool is_counter(VM& vm, const Value& v) {
  return vm.is_instance(v, types_of(vm).counter);
}

// self[elem] = self.get(elem, 0) + count (or - count): Counter.update and subtract.
bool add_count(VM& vm, Dict& counts, const Value& elem, const Value& count, bool subtract) {
  Value current;
  if (!count_of(vm, counts, elem, current)) return false;
  Value sum = subtract ? vm.binary_op(current, count, kSub) : vm.binary_op(count, current, kAdd);
  return sum && vm.dict_set(counts, elem, sum);
}

// The counting shared by update() and subtract(): a mapping adds its counts, another iterable
// counts its elements; keywords are counts too.
Value update_counts(VM& vm, CallArgs args, bool subtract) {
  CallArgs rest = after_self(args);
  if (rest.nargs > 1) {
    return vm.type_error(std::string(subtract ? "Counter.subtract()" : "Counter.update()") +
                         " takes from 1 to 2 positional arguments but " +
                         std::to_string(args.nargs) + " were given");
  }
  Dict& counts = dict_of(args[0]);
  if (rest.nargs == 1 && !vm.is_none(rest[0])) {
    const Value& iterable = rest[0];
    if (is_dict(vm, iterable)) {
      const bool copy = !subtract && counts.used == 0;  // dict.update's fast path
      for (auto& [elem, count] : items_of(dict_of(iterable))) {
        if (copy ? !vm.dict_set(counts, elem, count)
                 : !add_count(vm, counts, elem, count, subtract))
          return {};
      }
    } else {
      const Value one = Value::small(1);
      if (!vm.for_each(iterable,
                       [&](Value elem) { return add_count(vm, counts, elem, one, subtract); }))
        return {};
    }
  }
  for (std::uint32_t i = 0; i < rest.nkw; ++i) {
    if (!add_count(vm, counts, rest.kwnames[i], rest.kwvalues[i], subtract)) return {};
  }
  return vm.none();
}

Value counter_update(VM& vm, CallArgs args) {
  return update_counts(vm, args, false);
}
Value counter_subtract(VM& vm, CallArgs args) {
  return update_counts(vm, args, true);
}

Value counter_init(VM& vm, CallArgs args) {
  Value update = vm.get_attr(args[0], "update");
  return update && vm.call(update, after_self(args)) ? vm.none() : Value();
}

Value counter_missing(VM&, CallArgs) {
  return Value::small(0);
}

// self.items() by count, largest first; equal counts keep their insertion order, as sorted(...,
// reverse=True) and heapq.nlargest do.
bool by_count(VM& vm, const Value& self, std::vector<std::pair<Value, Value>>& items) {
  items = items_of(dict_of(self));
  return merge_sort(items,
                    [&](const auto& a, const auto& b) { return vm.less(b.second, a.second); });
}

Value counter_most_common(VM& vm, CallArgs args) {
  Value n;
  if (!bind_args(vm, after_self(args), "most_common", {"n"}, 0, &n)) return {};
  std::vector<std::pair<Value, Value>> items;
  if (!by_count(vm, args[0], items)) return {};
  if (n && !vm.is_none(n)) {
    std::int64_t limit;
    if (!vm.to_index(n, limit)) return {};
    items.resize(static_cast<std::size_t>(std::clamp<std::int64_t>(limit, 0, items.size())));
  }
  std::vector<Value> pairs;
  for (auto& [elem, count] : items) pairs.push_back(vm.make_tuple({elem, count}));
  return vm.make_list(std::move(pairs));
}

Value counter_elements(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "Counter.elements", 0, 0)) return {};
  std::vector<Value> elements;
  for (auto& [elem, count] : items_of(dict_of(args[0]))) {
    std::int64_t n;
    if (!vm.to_index(count, n)) return {};
    for (std::int64_t i = 0; i < n; ++i) elements.push_back(elem);
  }
  return vm.iter(vm.make_list(std::move(elements)));
}

Value counter_total(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "Counter.total", 0, 0)) return {};
  Value total = Value::small(0);
  for (auto& [elem, count] : items_of(dict_of(args[0]))) {
    total = vm.binary_op(total, count, kAdd);
    if (!total) return {};
  }
  return total;
}

Value counter_copy(VM& vm, CallArgs args) {
  return vm.call(Value(vm.type_of(args[0])), {args[0]});
}

Value counter_delitem(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "Counter.__delitem__", 1, 1)) return {};
  return vm.dict_del(dict_of(args[0]), args[1]) < 0 ? Value() : vm.none();
}

Value counter_fromkeys(VM& vm, CallArgs) {
  return vm.raise(vm.exc().NotImplementedError,
                  "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
}

Value counter_repr(VM& vm, CallArgs args) {
  const std::string& name = vm.type_of(args[0])->name;
  if (dict_of(args[0]).used == 0) return vm.make_str(name + "()");
  std::vector<std::pair<Value, Value>> items;
  if (!by_count(vm, args[0], items)) {
    if (!vm.pending_is(vm.exc().TypeError)) return {};
    vm.take_exception();  // counts that do not order: the dict's own order
    items = items_of(dict_of(args[0]));
  }
  Value plain = vm.make_dict();
  for (auto& [elem, count] : items) {
    if (!vm.dict_set(dict_of(plain), elem, count)) return {};
  }
  auto text = vm.repr_text(plain);
  return text ? vm.make_str(name + "(" + *text + ")") : Value();
}

// Counter arithmetic: a new Counter of the counts `combine` gives (null to leave an element
// out), over self's elements then other's others.
template <class Combine>
Value combine_counters(VM& vm, CallArgs args, Combine combine) {
  if (!modules::arity(vm, args, "Counter operation", 1, 1)) return {};
  if (!is_counter(vm, args[1])) return vm.not_implemented();
  Dict &self = dict_of(args[0]), &other = dict_of(args[1]);
  Value result = new_dict_of(vm, types_of(vm).counter);
  auto add = [&](const Value& elem, const Value& a, const Value& b) {
    Value count = combine(a, b);
    if (vm.has_pending_exception()) return false;
    return !count || vm.dict_set(dict_of(result), elem, count);
  };
  for (auto& [elem, count] : items_of(self)) {
    Value other_count;
    if (!count_of(vm, other, elem, other_count) || !add(elem, count, other_count)) return {};
  }
  for (auto& [elem, count] : items_of(other)) {
    Value unused;
    int in_self = vm.dict_get(self, elem, unused);
    if (in_self < 0 || (!in_self && !add(elem, Value::small(0), count))) return {};
  }
  return result;
}

// `count` if count > 0, else null (and null with an exception if the comparison raised).
Value positive(VM& vm, const Value& count) {
  int greater = compare(vm, count, Value::small(0), kGt);
  return greater > 0 ? count : Value();
}

Value counter_add(VM& vm, CallArgs args) {
  return combine_counters(vm, args, [&](const Value& a, const Value& b) {
    Value sum = vm.binary_op(a, b, kAdd);
    return sum ? positive(vm, sum) : Value();
  });
}

Value counter_sub(VM& vm, CallArgs args) {
  return combine_counters(vm, args, [&](const Value& a, const Value& b) {
    Value difference = vm.binary_op(a, b, kSub);
    return difference ? positive(vm, difference) : Value();
  });
}

// max (|) or min (&) of the two counts, kept when positive.
Value extreme(VM& vm, const Value& a, const Value& b, bool max) {
  int less = compare(vm, a, b, kLt);
  if (less < 0) return {};
  return positive(vm, (less > 0) == max ? b : a);
}

Value counter_or(VM& vm, CallArgs args) {
  return combine_counters(vm, args,
                          [&](const Value& a, const Value& b) { return extreme(vm, a, b, true); });
}

Value counter_and(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "Counter.__and__", 1, 1)) return {};
  if (!is_counter(vm, args[1])) return vm.not_implemented();
  // Elements only in other have a zero minimum: only self's elements matter.
  Dict &self = dict_of(args[0]), &other = dict_of(args[1]);
  Value result = new_dict_of(vm, types_of(vm).counter);
  for (auto& [elem, count] : items_of(self)) {
    Value other_count;
    if (!count_of(vm, other, elem, other_count)) return {};
    Value kept = extreme(vm, count, other_count, false);
    if (vm.has_pending_exception()) return {};
    if (kept && !vm.dict_set(dict_of(result), elem, kept)) return {};
  }
  return result;
}

// +c keeps the positive counts, -c negates the negative ones.
Value unary_counter(VM& vm, const Value& self, bool negate) {
  Value result = new_dict_of(vm, types_of(vm).counter);
  for (auto& [elem, count] : items_of(dict_of(self))) {
    Value kept = count;
    if (negate) {
      int negative = compare(vm, count, Value::small(0), kLt);
      if (negative < 0) return {};
      kept = negative ? vm.binary_op(Value::small(0), count, kSub) : Value();
      if (negative && !kept) return {};
    } else {
      kept = positive(vm, count);
      if (vm.has_pending_exception()) return {};
    }
    if (kept && !vm.dict_set(dict_of(result), elem, kept)) return {};
  }
  return result;
}

Value counter_pos(VM& vm, CallArgs args) {
  return unary_counter(vm, args[0], false);
}
Value counter_neg(VM& vm, CallArgs args) {
  return unary_counter(vm, args[0], true);
}

// _keep_positive: drops the elements whose count is not > 0; returns self.
Value keep_positive(VM& vm, const Value& self) {
  for (auto& [elem, count] : items_of(dict_of(self))) {
    int greater = compare(vm, count, Value::small(0), kGt);
    if (greater < 0) return {};
    if (!greater && vm.dict_del(dict_of(self), elem) < 0) return {};
  }
  return self;
}

// In-place arithmetic: self[elem] = update(self[elem], other_count) for other's elements.
template <class Update>
Value update_in_place(VM& vm, CallArgs args, Update update) {
  if (!modules::arity(vm, args, "Counter operation", 1, 1)) return {};
  if (!is_dict(vm, args[1])) return vm.not_implemented();
  Dict& self = dict_of(args[0]);
  for (auto& [elem, other_count] : items_of(dict_of(args[1]))) {
    Value count;
    if (!count_of(vm, self, elem, count)) return {};
    Value updated = update(count, other_count);
    if (vm.has_pending_exception()) return {};
    if (updated && !vm.dict_set(self, elem, updated)) return {};
  }
  return keep_positive(vm, args[0]);
}

Value counter_iadd(VM& vm, CallArgs args) {
  return update_in_place(vm, args,
                         [&](const Value& a, const Value& b) { return vm.binary_op(a, b, kAdd); });
}

Value counter_isub(VM& vm, CallArgs args) {
  return update_in_place(vm, args,
                         [&](const Value& a, const Value& b) { return vm.binary_op(a, b, kSub); });
}

Value counter_ior(VM& vm, CallArgs args) {
  return update_in_place(vm, args, [&](const Value& count, const Value& other_count) {
    int greater = compare(vm, other_count, count, kGt);
    return greater > 0 ? other_count : Value();
  });
}

Value counter_iand(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "Counter.__iand__", 1, 1)) return {};
  if (!is_dict(vm, args[1])) return vm.not_implemented();
  Dict &self = dict_of(args[0]), &other = dict_of(args[1]);
  for (auto& [elem, count] : items_of(self)) {
    Value other_count;
    if (!count_of(vm, other, elem, other_count)) return {};
    int less = compare(vm, other_count, count, kLt);
    if (less < 0 || (less && !vm.dict_set(self, elem, other_count))) return {};
  }
  return keep_positive(vm, args[0]);
}

// all(self[e] <op> other[e] for c in (self, other) for e in c): -1 if it raised.
int all_counts(VM& vm, const Value& self, const Value& other, int op) {
  Dict &a = dict_of(self), &b = dict_of(other);
  for (Dict* counter : {&a, &b}) {
    for (auto& [elem, unused] : items_of(*counter)) {
      Value x, y;
      if (!count_of(vm, a, elem, x) || !count_of(vm, b, elem, y)) return -1;
      int holds = compare(vm, x, y, op);
      if (holds <= 0) return holds;
    }
  }
  return 1;
}

// ==, <= and >= compare every count (missing ones are zero); < and > are those and !=.
Value counter_compare(VM& vm, CallArgs args, int op) {
  if (!modules::arity(vm, args, "Counter comparison", 1, 1)) return {};
  if (!is_counter(vm, args[1])) return vm.not_implemented();
  int base = op == kLt ? kLe : op == kGt ? kGe : op == kNe ? kEq : op;
  int result = all_counts(vm, args[0], args[1], base);
  if (result < 0) return {};
  if (op == kNe) return vm.boolean(!result);
  if ((op == kLt || op == kGt) && result) {
    int equal = all_counts(vm, args[0], args[1], kEq);
    if (equal < 0) return {};
    result = !equal;
  }
  return vm.boolean(result);
}

Value counter_eq(VM& vm, CallArgs args) {
  return counter_compare(vm, args, kEq);
}
Value counter_ne(VM& vm, CallArgs args) {
  return counter_compare(vm, args, kNe);
}
Value counter_le(VM& vm, CallArgs args) {
  return counter_compare(vm, args, kLe);
}
Value counter_lt(VM& vm, CallArgs args) {
  return counter_compare(vm, args, kLt);
}
Value counter_ge(VM& vm, CallArgs args) {
  return counter_compare(vm, args, kGe);
}
Value counter_gt(VM& vm, CallArgs args) {
  return counter_compare(vm, args, kGt);
}

// ---- OrderedDict -------------------------------------------------------------------------------

Value ordered_dict_init(VM& vm, CallArgs args) {
  CallArgs rest = after_self(args);
  if (rest.nargs == 0 && rest.nkw == 0) return vm.none();
  return call_dict_method(vm, "update", args[0], rest) ? vm.none() : Value();
}

Value ordered_dict_move_to_end(VM& vm, CallArgs args) {
  Value bound[2];
  if (!bind_args(vm, after_self(args), "move_to_end", {"key", "last"}, 1, bound)) return {};
  int last = bound[1] ? vm.truthy(bound[1]) : 1;
  if (last < 0) return {};
  Dict& dict = dict_of(args[0]);
  const Value& key = bound[0];
  Value value;
  int found = vm.dict_get(dict, key, value);
  if (found <= 0) return found < 0 ? Value() : vm.key_error(key);
  if (vm.dict_del(dict, key) < 0) return {};
  if (last) return vm.dict_set(dict, key, value) ? vm.none() : Value();
  // To the front: the table is insertion-ordered, so re-insert everything after the key.
  auto others = items_of(dict);
  vm.dict_clear(dict);
  if (!vm.dict_set(dict, key, value)) return {};
  for (auto& [k, v] : others) {
    if (!vm.dict_set(dict, k, v)) return {};
  }
  return vm.none();
}

Value ordered_dict_popitem(VM& vm, CallArgs args) {
  Value bound;
  if (!bind_args(vm, after_self(args), "popitem", {"last"}, 0, &bound)) return {};
  int last = bound ? vm.truthy(bound) : 1;
  if (last < 0) return {};
  Dict& dict = dict_of(args[0]);
  if (dict.used == 0) return vm.raise(vm.exc().KeyError, "dictionary is empty");
  auto items = items_of(dict);
  auto& [key, value] = last ? items.back() : items.front();
  if (vm.dict_del(dict, key) < 0) return {};
  return vm.make_tuple({key, value});
}

// OrderedDicts compare in order with each other, and as dicts with other dicts.
int ordered_dict_equal(VM& vm, const Value& self, const Value& other) {
  auto a = items_of(dict_of(self));
  if (a.size() != dict_of(other).used) return 0;
  if (vm.is_instance(other, types_of(vm).ordered_dict)) {
    auto b = items_of(dict_of(other));
    for (std::size_t i = 0; i < a.size(); ++i) {
      int equal = vm.equal(a[i].first, b[i].first);
      if (equal > 0) equal = vm.equal(a[i].second, b[i].second);
      if (equal <= 0) return equal;
    }
    return 1;
  }
  for (auto& [key, value] : a) {
    Value other_value;
    int found = vm.dict_get(dict_of(other), key, other_value);
    if (found > 0) found = vm.equal(value, other_value);
    if (found <= 0) return found;
  }
  return 1;
}

Value ordered_dict_eq(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "OrderedDict.__eq__", 1, 1)) return {};
  if (!is_dict(vm, args[1])) return vm.not_implemented();
  int equal = ordered_dict_equal(vm, args[0], args[1]);
  return equal < 0 ? Value() : vm.boolean(equal);
}

Value ordered_dict_ne(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "OrderedDict.__ne__", 1, 1)) return {};
  if (!is_dict(vm, args[1])) return vm.not_implemented();
  int equal = ordered_dict_equal(vm, args[0], args[1]);
  return equal < 0 ? Value() : vm.boolean(!equal);
}

Value ordered_dict_repr(VM& vm, CallArgs args) {
  ReprGuard guard(args[0].object());
  if (guard.recursive()) return vm.make_str(std::string("..."));
  const std::string& name = vm.type_of(args[0])->name;
  auto items = items_of(dict_of(args[0]));
  if (items.empty()) return vm.make_str(name + "()");
  std::vector<Value> pairs;
  for (auto& [key, value] : items) pairs.push_back(vm.make_tuple({key, value}));
  auto text = vm.repr_text(vm.make_list(std::move(pairs)));
  return text ? vm.make_str(name + "(" + *text + ")") : Value();
}

Value ordered_dict_copy(VM& vm, CallArgs args) {
  return vm.call(Value(vm.type_of(args[0])), {args[0]});
}

// ---- namedtuple --------------------------------------------------------------------------------

constexpr std::string_view kKeywords[] = {
    "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
    "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
    "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
    "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"};

bool is_keyword(std::string_view name) {
  return std::find(std::begin(kKeywords), std::end(kKeywords), name) != std::end(kKeywords);
}

// str.isidentifier(), taking every non-ASCII character as a letter.
bool is_identifier(std::string_view name) {
  if (name.empty()) return false;
  auto letter = [](unsigned char c) {
    return c >= 0x80 || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  };
  if (!letter(static_cast<unsigned char>(name[0]))) return false;
  return std::all_of(name.begin(), name.end(), [&](char c) {
    return letter(static_cast<unsigned char>(c)) || (c >= '0' && c <= '9');
  });
}

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

Value namedtuple_replace(VM& vm, CallArgs args) {
  if (args.nargs != 1) {
    return vm.type_error(args.nargs == 0
                             ? "_replace() missing 1 required positional argument: 'self'"
                             : "_replace() takes 1 positional argument but " +
                                   std::to_string(args.nargs) + " were given");
  }
  Type* cls = vm.type_of(args[0]);
  std::vector<Value> fields = fields_of(vm, defining_class(vm, cls));
  std::vector<Value> items = args[0].as<Tuple>()->items;
  std::vector<bool> used(args.nkw, false);
  for (std::size_t i = 0; i < fields.size() && i < items.size(); ++i) {
    for (std::uint32_t k = 0; k < args.nkw; ++k) {
      if (VM::str_text(args.kwnames[k]) == VM::str_text(fields[i])) {
        items[i] = args.kwvalues[k];
        used[k] = true;
      }
    }
  }
  std::vector<Value> unexpected;
  for (std::uint32_t k = 0; k < args.nkw; ++k) {
    if (!used[k]) unexpected.push_back(args.kwnames[k]);
  }
  if (!unexpected.empty()) {
    auto text = vm.repr_text(vm.make_list(std::move(unexpected)));
    return text ? vm.value_error("Got unexpected field names: " + *text) : Value();
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

// The name of the module namedtuple() is called from: the caller's globals' __name__.
std::string caller_module(VM& vm) {
  Frame* frame = vm.interpreter().current_frame();
  if (frame && frame->globals) {
    Value name = vm.dict_get_item(dict_of(frame->globals), "__name__");
    if (name && vm.is_str(name)) return VM::str_text(name);
  }
  return "__main__";
}

// The field names as namedtuple() takes them: a str split at commas and spaces, or an iterable
// of names converted with str().
bool field_names(VM& vm, const Value& spec, std::vector<std::string>& names) {
  if (vm.is_str(spec)) {
    std::string text = VM::str_text(spec);
    std::replace(text.begin(), text.end(), ',', ' ');
    std::size_t i = 0;
    while (i < text.size()) {
      while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
      std::size_t end = i;
      while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end]))) ++end;
      if (end > i) names.push_back(text.substr(i, end - i));
      i = end;
    }
    return true;
  }
  return vm.for_each(spec, [&](Value name) {
    auto text = vm.str_text_of(name);
    if (text) names.push_back(*text);
    return text.has_value();
  });
}

Value repr_of_name(VM& vm, const std::string& name) {
  return vm.repr(vm.make_str(name));
}

// namedtuple's checks, in Lib/collections' order. Renames bad names to _<index> if asked.
bool check_names(VM& vm, const std::string& type_name, std::vector<std::string>& fields,
                 bool rename) {
  if (rename) {
    std::vector<std::string> seen;
    for (std::size_t i = 0; i < fields.size(); ++i) {
      std::string name = fields[i];
      if (!is_identifier(name) || is_keyword(name) || name[0] == '_' ||
          std::find(seen.begin(), seen.end(), name) != seen.end()) {
        fields[i] = "_" + std::to_string(i);
      }
      seen.push_back(name);
    }
  }
  std::vector<std::string> all{type_name};
  all.insert(all.end(), fields.begin(), fields.end());
  for (const std::string& name : all) {
    const char* problem = !is_identifier(name)
                              ? "Type names and field names must be valid identifiers: "
                          : is_keyword(name) ? "Type names and field names cannot be a keyword: "
                                             : nullptr;
    if (problem) {
      Value text = repr_of_name(vm, name);
      if (text) vm.value_error(problem + VM::str_text(text));
      return false;
    }
  }
  std::vector<std::string> seen;
  for (const std::string& name : fields) {
    const char* problem = name[0] == '_' && !rename
                              ? "Field names cannot start with an underscore: "
                          : std::find(seen.begin(), seen.end(), name) != seen.end()
                              ? "Encountered duplicate field name: "
                              : nullptr;
    if (problem) {
      Value text = repr_of_name(vm, name);
      if (text) vm.value_error(problem + VM::str_text(text));
      return false;
    }
    seen.push_back(name);
  }
  return true;
}

Value namedtuple(VM& vm, CallArgs args) {
  Value bound[5];
  if (!bind_args(vm, args, "namedtuple",
                 {"typename", "field_names", "rename", "defaults", "module"}, 2, bound)) {
    return {};
  }
  auto type_name = vm.str_text_of(bound[0]);
  std::vector<std::string> fields;
  if (!type_name || !field_names(vm, bound[1], fields)) return {};
  int rename = bound[2] ? vm.truthy(bound[2]) : 0;
  if (rename < 0 || !check_names(vm, *type_name, fields, rename)) return {};
  std::vector<Value> defaults;
  if (bound[3] && !vm.is_none(bound[3])) {
    if (!vm.collect(bound[3], defaults)) return {};
    if (defaults.size() > fields.size()) {
      return vm.type_error("Got more default values than field names");
    }
  }
  std::string module = caller_module(vm);
  if (bound[4] && !vm.is_none(bound[4])) {
    auto text = vm.str_text_of(bound[4]);
    if (!text) return {};
    module = *text;
  }
  return Value(make_namedtuple_type(vm, *type_name, fields, module, std::move(defaults)));
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

Type* make_defaultdict_type(VM& vm) {
  Type* type = vm.new_builtin_type("defaultdict", vm.type(kDictType), Layout::Dict, "collections");
  vm.add_static(type, "__new__", dict_subclass_new);
  add_methods(vm, type,
              {{"__init__", defaultdict_init},
               {"__missing__", defaultdict_missing_method},
               {"__repr__", defaultdict_repr},
               {"copy", defaultdict_copy},
               {"__copy__", defaultdict_copy},
               {"__or__", defaultdict_or},
               {"__ror__", defaultdict_ror}});
  vm.add_property(type, "default_factory", defaultdict_get_factory, defaultdict_set_factory);
  return type;
}

Type* make_counter_type(VM& vm) {
  Type* type = vm.new_builtin_type("Counter", vm.type(kDictType), Layout::Dict, "collections");
  vm.add_static(type, "__new__", dict_subclass_new);
  vm.add_classmethod(type, "fromkeys", counter_fromkeys);
  add_methods(vm, type,
              {{"__init__", counter_init},
               {"__missing__", counter_missing},
               {"update", counter_update},
               {"subtract", counter_subtract},
               {"most_common", counter_most_common},
               {"elements", counter_elements},
               {"total", counter_total},
               {"copy", counter_copy},
               {"__delitem__", counter_delitem},
               {"__repr__", counter_repr},
               {"__add__", counter_add},
               {"__sub__", counter_sub},
               {"__or__", counter_or},
               {"__and__", counter_and},
               {"__pos__", counter_pos},
               {"__neg__", counter_neg},
               {"__iadd__", counter_iadd},
               {"__isub__", counter_isub},
               {"__ior__", counter_ior},
               {"__iand__", counter_iand},
               {"__eq__", counter_eq},
               {"__ne__", counter_ne},
               {"__le__", counter_le},
               {"__lt__", counter_lt},
               {"__ge__", counter_ge},
               {"__gt__", counter_gt}});
  return type;
}

Type* make_ordered_dict_type(VM& vm) {
  Type* type = vm.new_builtin_type("OrderedDict", vm.type(kDictType), Layout::Dict, "collections");
  vm.add_static(type, "__new__", dict_subclass_new);
  add_methods(vm, type,
              {{"__init__", ordered_dict_init},
               {"move_to_end", ordered_dict_move_to_end},
               {"popitem", ordered_dict_popitem},
               {"__eq__", ordered_dict_eq},
               {"__ne__", ordered_dict_ne},
               {"__repr__", ordered_dict_repr},
               {"copy", ordered_dict_copy},
               {"__copy__", ordered_dict_copy}});
  vm.dict_set_item(*type->dict.as<Dict>(), "__hash__", vm.none());
  return type;
}

}  // namespace

Value defaultdict_missing(VM& vm, Dict& dict, const Value& key) {
  Value factory = dict.default_factory;
  if (!factory || vm.is_none(factory)) return vm.key_error(key);
  Value value = vm.call(factory, {});
  if (!value || !vm.set_item(Value(&dict), key, value)) return {};
  return value;
}

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
              {{"_replace", namedtuple_replace},
               {"_asdict", namedtuple_asdict},
               {"__repr__", namedtuple_repr},
               {"__getnewargs__", namedtuple_getnewargs}});
  for (std::size_t i = 0; i < fields.size(); ++i) {
    vm.dict_set_item(ns, fields[i], field_property(vm, fields[i], i));
  }
  return type;
}

bool init_collections(VM& vm, Module& module) {
  CollectionsTypes& types = types_of(vm);
  types.deque = make_deque_type(vm);
  types.deque_iterator = make_iterator_type(vm, "_deque_iterator");
  types.deque_reverse_iterator = make_iterator_type(vm, "_deque_reverse_iterator");
  types.defaultdict = make_defaultdict_type(vm);
  types.counter = make_counter_type(vm);
  types.ordered_dict = make_ordered_dict_type(vm);
  return modules::add_value(vm, module, "deque", Value(types.deque)) &&
         modules::add_value(vm, module, "defaultdict", Value(types.defaultdict)) &&
         modules::add_value(vm, module, "Counter", Value(types.counter)) &&
         modules::add_value(vm, module, "OrderedDict", Value(types.ordered_dict)) &&
         modules::add_function(vm, module, "namedtuple", namedtuple);
}

}  // namespace py
