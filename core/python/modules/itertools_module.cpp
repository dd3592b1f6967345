// itertools, as CPython 3.11's Modules/itertoolsmodule.c: the same lazy iterators, consuming
// their inputs at the same moments, with the same results and error messages.
//
// Every itertools class is a built-in type of Layout::Iterator whose instances are
// IteratorObjects of kind Native: a struct deriving from IteratorObject keeps each iterator's
// state, and its next_fn returns the next item, or null without an exception once exhausted.
#include <algorithm>
#include <cstdint>
#include <memory>
#include <numeric>
#include <string>
#include <utility>
#include <vector>

#include "modules/modules.hpp"

namespace py {
namespace {

using modules::after_self;

// The types whose objects are made elsewhere than in their own __new__.
struct ItertoolsTypes {
  Type* grouper = nullptr;
  Type* tee = nullptr;
};

ItertoolsTypes& types_of(const VM& vm) {
  return modules::module_state<ItertoolsTypes>(vm);
}

// A new iterator of class `type` (the __new__'s cls) advanced by `next`.
template <class T>
T* new_iterator(const Value& type, NativeFn next) {
  auto* it = new T;
  it->set_user_tag(type.as<Type>()->index);
  it->kind = IterKind::Native;
  it->next_fn = next;
  return it;
}

template <class T>
T& self_of(const CallArgs& args) {
  return *args[0].as<T>();
}

// An iterator over `iterable`'s items as a tuple, as itertools' combinatoric types take them.
bool as_tuple(VM& vm, const Value& iterable, std::vector<Value>& out) {
  return vm.collect(iterable, out);
}

// The `r` argument of permutations() and the combinations: a non-negative index.
bool r_argument(VM& vm, const Value& value, std::int64_t& r) {
  if (!vm.to_index(value, r)) return false;
  if (r < 0) {
    vm.value_error("r must be non-negative");
    return false;
  }
  return true;
}

Value tuple_of(VM& vm, const std::vector<Value>& pool, const std::vector<std::size_t>& indices,
               std::size_t count) {
  std::vector<Value> items;
  items.reserve(count);
  for (std::size_t i = 0; i < count; ++i) items.push_back(pool[indices[i]]);
  return vm.make_tuple(std::move(items));
}

// ---- count, cycle, repeat ----------------------------------------------------------------------

// PyNumber_Check: ints, floats, and objects that convert to numbers.
bool is_number(VM& vm, const Value& v) {
  if (vm.is_int(v) || vm.is_float(v)) return true;
  Type* type = vm.type_of(v);
  for (std::string_view name : {"__index__", "__int__", "__float__", "__complex__"}) {
    if (vm.lookup_in_type(type, name)) return true;
  }
  return false;
}

struct CountIterator : IteratorObject {
  Value next_value, step_value;
};

Value count_next(VM& vm, CallArgs args) {
  auto& self = self_of<CountIterator>(args);
  Value result = self.next_value;
  Value next = vm.binary_op(result, self.step_value, kAdd);
  if (!next) return {};
  self.next_value = std::move(next);
  return result;
}

Value count_new(VM& vm, CallArgs args) {
  Value bound[2];
  if (!bind_args(vm, after_self(args), "count", {"start", "step"}, 0, bound)) return {};
  Value start = bound[0] ? bound[0] : Value::small(0);
  Value step = bound[1] ? bound[1] : Value::small(1);
  if (!is_number(vm, start) || !is_number(vm, step)) return vm.type_error("a number is required");
  auto* it = new_iterator<CountIterator>(args[0], count_next);
  it->next_value = start;
  it->step_value = step;
  return Value(it);
}

struct CycleIterator : IteratorObject {
  Value it;  // null after the first pass
  std::vector<Value> saved;
  std::size_t index = 0;
};

Value cycle_next(VM& vm, CallArgs args) {
  auto& self = self_of<CycleIterator>(args);
  if (self.it) {
    Value item = vm.next(self.it);
    if (item) {
      self.saved.push_back(item);
      return item;
    }
    if (vm.has_pending_exception()) return {};
    self.it = Value();
  }
  if (self.saved.empty()) return {};
  Value item = self.saved[self.index];
  self.index = (self.index + 1) % self.saved.size();
  return item;
}

Value cycle_new(VM& vm, CallArgs args) {
  if (!check_arity(vm, after_self(args), "cycle", 1, 1)) {
    return {};
  }
  Value it = vm.iter(args[1]);
  if (!it) return {};
  auto* cycle = new_iterator<CycleIterator>(args[0], cycle_next);
  cycle->it = it;
  return Value(cycle);
}

struct RepeatIterator : IteratorObject {
  Value element;
  std::int64_t remaining = -1;  // -1: forever
};

Value repeat_next(VM&, CallArgs args) {
  auto& self = self_of<RepeatIterator>(args);
  if (self.remaining == 0) return {};
  if (self.remaining > 0) --self.remaining;
  return self.element;
}

Value repeat_new(VM& vm, CallArgs args) {
  Value bound[2];
  if (!bind_args(vm, after_self(args), "repeat", {"object", "times"}, 1, bound)) return {};
  std::int64_t times = -1;
  if (bound[1]) {
    if (!vm.to_index(bound[1], times)) return {};
    times = std::max<std::int64_t>(times, 0);
  }
  auto* it = new_iterator<RepeatIterator>(args[0], repeat_next);
  it->element = bound[0];
  it->remaining = times;
  return Value(it);
}

// ---- accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap, pairwise -------

struct AccumulateIterator : IteratorObject {
  Value it, func, total, initial;
};

Value accumulate_next(VM& vm, CallArgs args) {
  auto& self = self_of<AccumulateIterator>(args);
  if (self.initial) {
    self.total = std::exchange(self.initial, Value());
    return self.total;
  }
  Value item = vm.next(self.it);
  if (!item) return {};
  if (!self.total) {
    self.total = item;
    return item;
  }
  Value total =
      self.func ? vm.call(self.func, {self.total, item}) : vm.binary_op(self.total, item, kAdd);
  if (!total) return {};
  self.total = total;
  return total;
}

Value accumulate_new(VM& vm, CallArgs args) {
  Value bound[3];
  if (!bind_args(vm, after_self(args), "accumulate", {"iterable", "func", "initial"}, 1, bound)) {
    return {};
  }
  Value it = vm.iter(bound[0]);
  if (!it) return {};
  auto* accumulate = new_iterator<AccumulateIterator>(args[0], accumulate_next);
  accumulate->it = it;
  if (bound[1] && !vm.is_none(bound[1])) accumulate->func = bound[1];
  if (bound[2] && !vm.is_none(bound[2])) accumulate->initial = bound[2];
  return Value(accumulate);
}

struct ChainIterator : IteratorObject {
  Value iterables;  // an iterator of iterables; null once they are all consumed
  Value active;     // the iterator of the current one
};

Value chain_next(VM& vm, CallArgs args) {
  auto& self = self_of<ChainIterator>(args);
  while (self.iterables) {
    if (!self.active) {
      Value iterable = vm.next(self.iterables);
      Value active = iterable ? vm.iter(iterable) : Value();
      if (!active) {
        self.iterables = Value();
        return {};
      }
      self.active = active;
    }
    Value item = vm.next(self.active);
    if (item || vm.has_pending_exception()) return item;
    self.active = Value();
  }
  return {};
}

Value new_chain(VM& vm, const Value& cls, const Value& iterable) {
  Value iterables = vm.iter(iterable);
  if (!iterables) return {};
  auto* chain = new_iterator<ChainIterator>(cls, chain_next);
  chain->iterables = iterables;
  return Value(chain);
}

Value chain_new(VM& vm, CallArgs args) {
  if (!no_keywords(vm, args, "chain")) return {};
  return new_chain(vm, args[0],
                   vm.make_tuple(std::vector<Value>(args.args + 1, args.args + args.nargs)));
}

Value chain_from_iterable(VM& vm, CallArgs args) {
  if (!check_arity(vm, after_self(args), "from_iterable", 1, 1)) return {};
  return new_chain(vm, args[0], args[1]);
}

struct CompressIterator : IteratorObject {
  Value data, selectors;
};

Value compress_next(VM& vm, CallArgs args) {
  auto& self = self_of<CompressIterator>(args);
  for (;;) {
    Value datum = vm.next(self.data);
    if (!datum) return {};
    Value selector = vm.next(self.selectors);
    if (!selector) return {};
    int selected = vm.truthy(selector);
    if (selected < 0) return {};
    if (selected) return datum;
  }
}

Value compress_new(VM& vm, CallArgs args) {
  Value bound[2];
  if (!bind_args(vm, after_self(args), "compress", {"data", "selectors"}, 2, bound)) return {};
  Value data = vm.iter(bound[0]);
  Value selectors = data ? vm.iter(bound[1]) : Value();
  if (!selectors) return {};
  auto* compress = new_iterator<CompressIterator>(args[0], compress_next);
  compress->data = data;
  compress->selectors = selectors;
  return Value(compress);
}

// dropwhile, takewhile, filterfalse and starmap: a function and an iterator.
struct PredicateIterator : IteratorObject {
  Value func, it;
  bool done = false;  // dropwhile: stopped dropping; takewhile: stopped taking
};

// pred(item) as a truth value (filterfalse's None or bool: the item's own), -1 if it raised.
int test(VM& vm, const Value& pred, const Value& item) {
  if (vm.is_none(pred) || pred.is(Value(vm.type(kBoolType)))) return vm.truthy(item);
  Value result = vm.call(pred, {item});
  return result ? vm.truthy(result) : -1;
}

Value dropwhile_next(VM& vm, CallArgs args) {
  auto& self = self_of<PredicateIterator>(args);
  for (;;) {
    Value item = vm.next(self.it);
    if (!item || self.done) return item;
    int drop = test(vm, self.func, item);
    if (drop < 0) return {};
    if (!drop) {
      self.done = true;
      return item;
    }
  }
}

Value takewhile_next(VM& vm, CallArgs args) {
  auto& self = self_of<PredicateIterator>(args);
  if (self.done) return {};
  Value item = vm.next(self.it);
  if (!item) return {};
  int take = test(vm, self.func, item);
  if (take > 0) return item;
  if (take == 0) self.done = true;
  return {};
}

Value filterfalse_next(VM& vm, CallArgs args) {
  auto& self = self_of<PredicateIterator>(args);
  for (;;) {
    Value item = vm.next(self.it);
    if (!item) return {};
    int keep = test(vm, self.func, item);
    if (keep < 0) return {};
    if (!keep) return item;
  }
}

Value starmap_next(VM& vm, CallArgs args) {
  auto& self = self_of<PredicateIterator>(args);
  Value item = vm.next(self.it);
  if (!item) return {};
  std::vector<Value> call_args;
  if (vm.type_index(item) == kTupleType) {
    call_args = item.as<Tuple>()->items;
  } else if (!vm.collect(item, call_args)) {
    return {};
  }
  return vm.call(self.func,
                 CallArgs{call_args.data(), static_cast<std::uint32_t>(call_args.size())});
}

Value new_predicate_iterator(VM& vm, CallArgs args, std::string_view name, NativeFn next) {
  if (!check_arity(vm, after_self(args), name, 2, 2)) return {};
  Value it = vm.iter(args[2]);
  if (!it) return {};
  auto* iterator = new_iterator<PredicateIterator>(args[0], next);
  iterator->func = args[1];
  iterator->it = it;
  return Value(iterator);
}

Value dropwhile_new(VM& vm, CallArgs args) {
  return new_predicate_iterator(vm, args, "dropwhile", dropwhile_next);
}
Value takewhile_new(VM& vm, CallArgs args) {
  return new_predicate_iterator(vm, args, "takewhile", takewhile_next);
}
Value filterfalse_new(VM& vm, CallArgs args) {
  return new_predicate_iterator(vm, args, "filterfalse", filterfalse_next);
}
Value starmap_new(VM& vm, CallArgs args) {
  return new_predicate_iterator(vm, args, "starmap", starmap_next);
}

struct PairwiseIterator : IteratorObject {
  Value it, old;  // it: null once exhausted
};

Value pairwise_next(VM& vm, CallArgs args) {
  auto& self = self_of<PairwiseIterator>(args);
  if (!self.it) return {};
  if (!self.old) {
    self.old = vm.next(self.it);
    if (!self.old) {
      self.it = Value();
      return {};
    }
  }
  Value item = vm.next(self.it);
  if (!item) {
    self.it = Value();
    self.old = Value();
    return {};
  }
  Value pair = vm.make_tuple({self.old, item});
  self.old = item;
  return pair;
}

Value pairwise_new(VM& vm, CallArgs args) {
  if (!check_arity(vm, after_self(args), "pairwise", 1, 1)) {
    return {};
  }
  Value it = vm.iter(args[1]);
  if (!it) return {};
  auto* pairwise = new_iterator<PairwiseIterator>(args[0], pairwise_next);
  pairwise->it = it;
  return Value(pairwise);
}

// ---- groupby -----------------------------------------------------------------------------------

struct GroupbyIterator : IteratorObject {
  Value it, keyfunc;
  Value tgtkey, currkey, currvalue;
  const Object* currgrouper = nullptr;  // the group that may still advance (not owned)
};

struct GrouperIterator : IteratorObject {
  Value parent;  // the groupby
  Value tgtkey;
};

// Reads the next value and its key into currvalue/currkey; false when exhausted or raised.
bool groupby_step(VM& vm, GroupbyIterator& self) {
  Value value = vm.next(self.it);
  if (!value) return false;
  Value key = self.keyfunc ? vm.call(self.keyfunc, {value}) : value;
  if (!key) return false;
  self.currvalue = std::move(value);
  self.currkey = std::move(key);
  return true;
}

Value grouper_next(VM& vm, CallArgs args) {
  auto& self = self_of<GrouperIterator>(args);
  auto& parent = *self.parent.as<GroupbyIterator>();
  if (parent.currgrouper != &self) return {};  // the groupby moved on: this group is over
  if (!parent.currvalue && !groupby_step(vm, parent)) return {};
  int same = vm.equal(self.tgtkey, parent.currkey);
  if (same <= 0) return {};
  parent.currkey = Value();
  return std::exchange(parent.currvalue, Value());
}

Value groupby_next(VM& vm, CallArgs args) {
  auto& self = self_of<GroupbyIterator>(args);
  self.currgrouper = nullptr;
  // Skip to the next group: past every value whose key equals the current group's.
  for (;;) {
    if (self.currkey) {
      if (!self.tgtkey) break;
      int same = vm.equal(self.tgtkey, self.currkey);
      if (same < 0) return {};
      if (!same) break;
    }
    if (!groupby_step(vm, self)) return {};
  }
  self.tgtkey = self.currkey;
  auto* grouper = new_iterator<GrouperIterator>(Value(types_of(vm).grouper), grouper_next);
  grouper->parent = args[0];
  grouper->tgtkey = self.tgtkey;
  self.currgrouper = grouper;
  return vm.make_tuple({self.currkey, Value(grouper)});
}

Value groupby_new(VM& vm, CallArgs args) {
  Value bound[2];
  if (!bind_args(vm, after_self(args), "groupby", {"iterable", "key"}, 1, bound)) return {};
  Value it = vm.iter(bound[0]);
  if (!it) return {};
  auto* groupby = new_iterator<GroupbyIterator>(args[0], groupby_next);
  groupby->it = it;
  if (bound[1] && !vm.is_none(bound[1])) groupby->keyfunc = bound[1];
  return Value(groupby);
}

// ---- islice ------------------------------------------------------------------------------------

struct IsliceIterator : IteratorObject {
  Value it;                                                                // null once exhausted
  std::int64_t next_index = 0, stop_index = -1, step_size = 1, count = 0;  // stop -1: none
};

Value islice_next(VM& vm, CallArgs args) {
  auto& self = self_of<IsliceIterator>(args);
  if (!self.it) return {};
  const Value it = self.it;
  auto exhausted = [&] {
    self.it = Value();
    return Value();
  };
  while (self.count < self.next_index) {
    if (!vm.next(it)) return exhausted();
    ++self.count;
  }
  if (self.stop_index != -1 && self.count >= self.stop_index) return exhausted();
  Value item = vm.next(it);
  if (!item) return exhausted();
  ++self.count;
  std::int64_t old_next = self.next_index;
  self.next_index = static_cast<std::int64_t>(static_cast<std::uint64_t>(self.next_index) +
                                              static_cast<std::uint64_t>(self.step_size));
  if (self.next_index < old_next || (self.stop_index != -1 && self.next_index > self.stop_index)) {
    self.next_index = self.stop_index;
  }
  return item;
}

// An islice bound: None, or an int as PyNumber_AsSsize_t reads it (-1 on failure, no error).
std::int64_t slice_argument(VM& vm, const Value& v, std::int64_t none_value) {
  if (vm.is_none(v)) return none_value;
  std::int64_t out;
  if (vm.to_index(v, out)) return out;
  vm.take_exception();
  return -1;
}

Value islice_new(VM& vm, CallArgs args) {
  if (!check_arity(vm, after_self(args), "islice", 2, 4)) {
    return {};
  }
  const char* stop_error =
      "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  std::int64_t start = 0, stop = -1, step = 1;
  if (args.nargs == 3) {
    stop = slice_argument(vm, args[2], -1);
    if (stop == -1 && !vm.is_none(args[2])) return vm.value_error(stop_error);
  } else {
    start = slice_argument(vm, args[2], 0);
    stop = slice_argument(vm, args[3], -1);
    if (stop == -1 && !vm.is_none(args[3])) return vm.value_error(stop_error);
  }
  if (start < 0 || stop < -1) {
    return vm.value_error(
        "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  }
  if (args.nargs == 5) step = slice_argument(vm, args[4], 1);
  if (step < 1) return vm.value_error("Step for islice() must be a positive integer or None.");
  Value it = vm.iter(args[1]);
  if (!it) return {};
  auto* islice = new_iterator<IsliceIterator>(args[0], islice_next);
  islice->it = it;
  islice->next_index = start;
  islice->stop_index = stop;
  islice->step_size = step;
  return Value(islice);
}

// ---- tee ---------------------------------------------------------------------------------------

// The values read from the shared iterator, in blocks every tee walks through; a block is freed
// when no tee needs it any more (CPython's teedataobject).
struct TeeBlock {
  static constexpr std::size_t kSize = 57;
  explicit TeeBlock(Value it) : it(std::move(it)) {}
  ~TeeBlock() {
    // Unlink the rest of the chain without recursing through a long list of blocks.
    std::shared_ptr<TeeBlock> chain = std::move(next);
    while (chain && chain.use_count() == 1) chain = std::move(chain->next);
  }
  Value it;
  std::vector<Value> values;
  std::shared_ptr<TeeBlock> next;
  bool running = false;
};

struct TeeIterator : IteratorObject {
  std::shared_ptr<TeeBlock> block;
  std::size_t index = 0;
};

Value tee_next(VM& vm, CallArgs args) {
  auto& self = self_of<TeeIterator>(args);
  if (self.index == TeeBlock::kSize) {
    if (!self.block->next) self.block->next = std::make_shared<TeeBlock>(self.block->it);
    self.block = self.block->next;
    self.index = 0;
  }
  TeeBlock& block = *self.block;
  if (self.index < block.values.size()) return block.values[self.index++];
  if (block.running) return vm.raise(vm.exc().RuntimeError, "cannot re-enter the tee iterator");
  block.running = true;
  Value item = vm.next(block.it);
  block.running = false;
  if (!item) return {};
  block.values.push_back(item);
  ++self.index;
  return item;
}

Value new_tee(VM& vm, std::shared_ptr<TeeBlock> block, std::size_t index) {
  auto* tee = new_iterator<TeeIterator>(Value(types_of(vm).tee), tee_next);
  tee->block = std::move(block);
  tee->index = index;
  return Value(tee);
}

Value tee_copy(VM& vm, CallArgs args) {
  auto& self = self_of<TeeIterator>(args);
  return new_tee(vm, self.block, self.index);
}

Value tee_from_iterable(VM& vm, const Value& iterable) {
  Value it = vm.iter(iterable);
  if (!it) return {};
  if (vm.type_of(it) == types_of(vm).tee) return tee_copy(vm, CallArgs{&it, 1});
  return new_tee(vm, std::make_shared<TeeBlock>(it), 0);
}

Value tee_new(VM& vm, CallArgs args) {
  if (!check_arity(vm, after_self(args), "_tee", 1, 1)) {
    return {};
  }
  return tee_from_iterable(vm, args[1]);
}

Value tee(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "tee", 1, 2)) return {};
  std::int64_t n = 2;
  if (args.nargs == 2 && !vm.to_index(args[1], n)) return {};
  if (n < 0) return vm.value_error("n must be >= 0");
  Value it = vm.iter(args[0]);
  if (!it) return {};
  // An iterator that copies itself (a tee) is shared; any other is wrapped in a tee.
  Value copier = vm.get_attr_opt(it, vm.intern("__copy__"));
  if (vm.has_pending_exception()) return {};
  Value first = it;
  if (!copier) {
    first = new_tee(vm, std::make_shared<TeeBlock>(it), 0);
    copier = vm.get_attr(first, "__copy__");
  }
  std::vector<Value> tees;
  for (std::int64_t i = 0; i < n; ++i) {
    Value copy = i == 0 ? first : vm.call(copier, {});
    if (!copy) return {};
    tees.push_back(std::move(copy));
  }
  return vm.make_tuple(std::move(tees));
}

// ---- zip_longest, product ----------------------------------------------------------------------

struct ZipLongestIterator : IteratorObject {
  std::vector<Value> iterators;  // null once exhausted
  std::size_t active = 0;
  Value fillvalue;
};

Value zip_longest_next(VM& vm, CallArgs args) {
  auto& self = self_of<ZipLongestIterator>(args);
  if (self.iterators.empty() || self.active == 0) return {};
  std::vector<Value> items;
  for (Value& it : self.iterators) {
    Value item = it ? vm.next(it) : self.fillvalue;
    if (!item) {
      --self.active;
      if (self.active == 0 || vm.has_pending_exception()) {
        self.active = 0;
        return {};
      }
      item = self.fillvalue;
      it = Value();
    }
    items.push_back(std::move(item));
  }
  return vm.make_tuple(std::move(items));
}

Value zip_longest_new(VM& vm, CallArgs args) {
  Value fillvalue = vm.none();
  for (std::uint32_t i = 0; i < args.nkw; ++i) {
    const std::string& name = VM::str_text(args.kwnames[i]);
    if (name != "fillvalue") {
      return vm.type_error("zip_longest() got an unexpected keyword argument '" + name + "'");
    }
    fillvalue = args.kwvalues[i];
  }
  auto* zip = new_iterator<ZipLongestIterator>(args[0], zip_longest_next);
  Value result(zip);
  for (std::uint32_t i = 1; i < args.nargs; ++i) {
    Value it = vm.iter(args[i]);
    if (!it) return {};
    zip->iterators.push_back(std::move(it));
  }
  zip->active = zip->iterators.size();
  zip->fillvalue = fillvalue;
  return result;
}

struct ProductIterator : IteratorObject {
  std::vector<std::vector<Value>> pools;
  std::vector<std::size_t> indices;
  bool started = false, stopped = false;
};

Value product_next(VM& vm, CallArgs args) {
  auto& self = self_of<ProductIterator>(args);
  if (self.stopped) return {};
  const std::size_t n = self.pools.size();
  if (!self.started) {
    self.started = true;
    for (const auto& pool : self.pools) {
      if (pool.empty()) {
        self.stopped = true;
        return {};
      }
    }
    self.indices.assign(n, 0);
  } else {
    // The odometer: advance the rightmost index, carrying leftwards.
    std::size_t i = n;
    while (i-- > 0) {
      if (++self.indices[i] < self.pools[i].size()) break;
      self.indices[i] = 0;
      if (i == 0) {
        self.stopped = true;
        return {};
      }
    }
    if (n == 0) {
      self.stopped = true;
      return {};
    }
  }
  std::vector<Value> items;
  for (std::size_t i = 0; i < n; ++i) items.push_back(self.pools[i][self.indices[i]]);
  return vm.make_tuple(std::move(items));
}

Value product_new(VM& vm, CallArgs args) {
  std::int64_t repeat = 1;
  for (std::uint32_t i = 0; i < args.nkw; ++i) {
    if (VM::str_text(args.kwnames[i]) != "repeat" || args.nkw > 1) {
      return vm.type_error("product() takes at most 1 keyword argument (" +
                           std::to_string(args.nkw) + " given)");
    }
    if (!vm.to_index(args.kwvalues[i], repeat)) return {};
    if (repeat < 0) return vm.value_error("repeat argument cannot be negative");
  }
  std::vector<std::vector<Value>> pools;
  for (std::uint32_t i = 1; i < args.nargs; ++i) {
    std::vector<Value> pool;
    if (!as_tuple(vm, args[i], pool)) return {};
    pools.push_back(std::move(pool));
  }
  auto* product = new_iterator<ProductIterator>(args[0], product_next);
  for (std::int64_t r = 0; r < repeat; ++r) {
    product->pools.insert(product->pools.end(), pools.begin(), pools.end());
  }
  return Value(product);
}

// ---- permutations, combinations, combinations_with_replacement --------------------------------

struct CombinatoricIterator : IteratorObject {
  std::vector<Value> pool;
  std::vector<std::size_t> indices, cycles;
  std::size_t r = 0;
  bool started = false, stopped = false;
};

Value permutations_next(VM& vm, CallArgs args) {
  auto& self = self_of<CombinatoricIterator>(args);
  if (self.stopped) return {};
  const std::size_t n = self.pool.size(), r = self.r;
  if (!self.started) {
    self.started = true;
    if (r > n) {
      self.stopped = true;
      return {};
    }
    self.indices.resize(n);
    std::iota(self.indices.begin(), self.indices.end(), std::size_t{0});
    for (std::size_t i = 0; i < r; ++i) self.cycles.push_back(n - i);
    return tuple_of(vm, self.pool, self.indices, r);
  }
  if (n == 0) {
    self.stopped = true;
    return {};
  }
  for (std::size_t i = r; i-- > 0;) {
    if (--self.cycles[i] == 0) {
      // indices[i:] = indices[i+1:] + indices[i:i+1]
      std::rotate(self.indices.begin() + static_cast<std::ptrdiff_t>(i),
                  self.indices.begin() + static_cast<std::ptrdiff_t>(i) + 1, self.indices.end());
      self.cycles[i] = n - i;
    } else {
      std::swap(self.indices[i], self.indices[n - self.cycles[i]]);
      return tuple_of(vm, self.pool, self.indices, r);
    }
  }
  self.stopped = true;
  return {};
}

Value combinations_next(VM& vm, CallArgs args) {
  auto& self = self_of<CombinatoricIterator>(args);
  if (self.stopped) return {};
  const std::size_t n = self.pool.size(), r = self.r;
  if (!self.started) {
    self.started = true;
    if (r > n) {
      self.stopped = true;
      return {};
    }
    self.indices.resize(r);
    std::iota(self.indices.begin(), self.indices.end(), std::size_t{0});
    return tuple_of(vm, self.pool, self.indices, r);
  }
  // The rightmost index not at its maximum moves up; those after it follow in order.
  std::size_t i = r;
  while (i-- > 0 && self.indices[i] == i + n - r) {
  }
  if (i == static_cast<std::size_t>(-1)) {
    self.stopped = true;
    return {};
  }
  ++self.indices[i];
  for (std::size_t j = i + 1; j < r; ++j) self.indices[j] = self.indices[j - 1] + 1;
  return tuple_of(vm, self.pool, self.indices, r);
}

Value combinations_with_replacement_next(VM& vm, CallArgs args) {
  auto& self = self_of<CombinatoricIterator>(args);
  if (self.stopped) return {};
  const std::size_t n = self.pool.size(), r = self.r;
  if (!self.started) {
    self.started = true;
    if (n == 0 && r > 0) {
      self.stopped = true;
      return {};
    }
    self.indices.assign(r, 0);
    return tuple_of(vm, self.pool, self.indices, r);
  }
  std::size_t i = r;
  while (i-- > 0 && self.indices[i] == n - 1) {
  }
  if (i == static_cast<std::size_t>(-1)) {
    self.stopped = true;
    return {};
  }
  std::fill(self.indices.begin() + static_cast<std::ptrdiff_t>(i), self.indices.end(),
            self.indices[i] + 1);
  return tuple_of(vm, self.pool, self.indices, r);
}

// (iterable, r) for the combinations; permutations' r defaults to the pool's size.
Value new_combinatoric(VM& vm, CallArgs args, std::string_view name, NativeFn next,
                       bool r_optional) {
  Value bound[2];
  if (!bind_args(vm, after_self(args), name, {"iterable", "r"}, r_optional ? 1 : 2, bound)) {
    return {};
  }
  std::vector<Value> pool;
  if (!as_tuple(vm, bound[0], pool)) return {};
  std::int64_t r = static_cast<std::int64_t>(pool.size());
  if (bound[1] && !(r_optional && vm.is_none(bound[1])) && !r_argument(vm, bound[1], r)) return {};
  auto* it = new_iterator<CombinatoricIterator>(args[0], next);
  it->pool = std::move(pool);
  it->r = static_cast<std::size_t>(r);
  return Value(it);
}

Value permutations_new(VM& vm, CallArgs args) {
  return new_combinatoric(vm, args, "permutations", permutations_next, true);
}
Value combinations_new(VM& vm, CallArgs args) {
  return new_combinatoric(vm, args, "combinations", combinations_next, false);
}
Value combinations_with_replacement_new(VM& vm, CallArgs args) {
  return new_combinatoric(vm, args, "combinations_with_replacement",
                          combinations_with_replacement_next, false);
}

// ---- Module ------------------------------------------------------------------------------------

Value iterator_self(VM&, CallArgs args) {
  return args[0];
}

// __next__ for Python callers: the next item, or StopIteration.
Value iterator_next(VM& vm, CallArgs args) {
  Value item = args[0].as<IteratorObject>()->next_fn(vm, CallArgs{args.args, 1});
  if (!item && !vm.has_pending_exception()) return vm.raise(Value(vm.exc().StopIteration));
  return item;
}

Type* add_type(VM& vm, Module& module, std::string name, NativeFn new_fn) {
  Type* type = vm.new_builtin_type(name, vm.type(kObjectType), Layout::Iterator, "itertools");
  if (new_fn) vm.add_static(type, "__new__", new_fn);
  vm.add_method(type, "__iter__", iterator_self);
  vm.add_method(type, "__next__", iterator_next);
  modules::add_value(vm, module, name, Value(type));
  return type;
}

}  // namespace

bool init_itertools(VM& vm, Module& module) {
  add_type(vm, module, "count", count_new);
  add_type(vm, module, "cycle", cycle_new);
  add_type(vm, module, "repeat", repeat_new);
  add_type(vm, module, "accumulate", accumulate_new);
  Type* chain = add_type(vm, module, "chain", chain_new);
  vm.add_classmethod(chain, "from_iterable", chain_from_iterable);
  add_type(vm, module, "compress", compress_new);
  add_type(vm, module, "dropwhile", dropwhile_new);
  add_type(vm, module, "takewhile", takewhile_new);
  add_type(vm, module, "filterfalse", filterfalse_new);
  add_type(vm, module, "starmap", starmap_new);
  add_type(vm, module, "pairwise", pairwise_new);
  add_type(vm, module, "groupby", groupby_new);
  add_type(vm, module, "islice", islice_new);
  add_type(vm, module, "zip_longest", zip_longest_new);
  add_type(vm, module, "product", product_new);
  add_type(vm, module, "permutations", permutations_new);
  add_type(vm, module, "combinations", combinations_new);
  add_type(vm, module, "combinations_with_replacement", combinations_with_replacement_new);
  ItertoolsTypes& types = types_of(vm);
  types.grouper = add_type(vm, module, "_grouper", nullptr);
  types.tee = add_type(vm, module, "_tee", tee_new);
  vm.add_method(types.tee, "__copy__", tee_copy);
  return modules::add_function(vm, module, "tee", tee) && !vm.has_pending_exception();
}

}  // namespace py
