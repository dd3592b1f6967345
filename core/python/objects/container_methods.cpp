// list, tuple, dict, set and frozenset methods, as CPython 3.11's Objects/listobject.c,
// tupleobject.c, dictobject.c and setobject.c.
//
// Natives receive self as args[0]. Containers may change under our feet whenever Python code
// runs (a key's __eq__, a key function), so loops over items re-read the container's size at
// each step instead of holding iterators.
#include "objects/container_methods.hpp"

#include "vm/builtin_types.hpp"
#include "vm/set_table.hpp"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <iterator>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace py {
namespace {

constexpr std::int64_t kMaxIndex = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMinIndex = std::numeric_limits<std::int64_t>::min();

// ---- Receivers and argument counts --------------------------------------------------------------

// The built-in type a method belongs to. Subclass instances qualify by their layout.
enum class Self : std::uint8_t { List, Tuple, Dict, Set, FrozenSet };

struct SelfType {
  std::string_view name;
  Layout layout;
};
constexpr SelfType kSelfTypes[] = {{"list", Layout::List},
                                   {"tuple", Layout::Tuple},
                                   {"dict", Layout::Dict},
                                   {"set", Layout::Set},
                                   {"frozenset", Layout::FrozenSet}};

const SelfType& self_type(Self self) {
  return kSelfTypes[static_cast<int>(self)];
}

// How CPython words a wrong argument count for the method.
enum class Style : std::uint8_t {
  Fixed,    // METH_NOARGS / METH_O: "list.append() takes exactly one argument (0 given)"
  Clinic,   // Argument Clinic: "pop expected at most 1 argument, got 2"
  VarArgs,  // any number of positional arguments
};

CallArgs without_self(const CallArgs& args) {
  CallArgs rest = args;
  rest.args = args.args + 1;
  rest.nargs = args.nargs - 1;
  return rest;
}

// The slow path of accept(): says what is wrong, in CPython's words.
bool reject(VM& vm, const CallArgs& args, Self self, std::string_view method, Style style,
            std::size_t min, std::size_t max) {
  std::string type(self_type(self).name);
  std::string qualified = type + "." + std::string(method);
  if (args.nargs == 0) {
    vm.type_error("unbound method " + qualified + "() needs an argument");
    return false;
  }
  if (vm.type_of(args[0])->layout != self_type(self).layout) {
    vm.type_error("descriptor '" + std::string(method) + "' for '" + type +
                  "' objects doesn't apply to a '" + std::string(vm.type_name(args[0])) +
                  "' object");
    return false;
  }
  if (!no_keywords(vm, args, qualified)) return false;
  if (style == Style::VarArgs) return true;
  return check_arity(vm, without_self(args), style == Style::Fixed ? qualified : method, min, max);
}

// Checks a method call as CPython's method descriptors and argument parsers do: self's type, no
// keyword arguments, and min..max positional arguments after self.
bool accept(VM& vm, const CallArgs& args, Self self, std::string_view method, Style style,
            std::size_t min = 0, std::size_t max = 0) {
  if (args.nargs > 0 && args.nkw == 0 && vm.type_of(args[0])->layout == self_type(self).layout) {
    std::size_t given = args.nargs - 1;
    if (style == Style::VarArgs || (given >= min && given <= max)) return true;
  }
  return reject(vm, args, self, method, style, min, max);
}

// An index argument (list.insert, list.pop): an int or __index__, OverflowError when huge.
bool ssize_arg(VM& vm, const Value& v, std::int64_t& out) {
  if (vm.is_int(v) && !vm.to_int64(v, out)) {
    vm.raise(vm.exc().OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  return vm.to_index(v, out);
}

// A start/stop argument of index(): huge values clamp, as slice bounds do.
bool slice_index(VM& vm, const Value& v, std::int64_t& out) {
  if (vm.is_int(v)) {
    if (!vm.to_int64(v, out)) out = vm.to_bigint(v).is_negative() ? kMinIndex : kMaxIndex;
    return true;
  }
  return vm.to_index(v, out, "slice indices must be integers or have an __index__ method");
}

// ==, with the identity shortcut CPython's containers use (a NaN is found in a list holding it).
int same_or_equal(VM& vm, const Value& a, const Value& b) {
  if (a.is(b)) return 1;
  return vm.equal(a, b);
}

// ---- list and tuple: searching ------------------------------------------------------------------

std::vector<Value>& sequence_items(VM& vm, const Value& sequence) {
  if (vm.type_of(sequence)->layout == Layout::Tuple) return sequence.as<Tuple>()->items;
  return sequence.as<List>()->items;
}

// The first position in [start, stop) holding an item equal to `value`: -1 none, -2 raised.
std::int64_t find_item(VM& vm, const Value& sequence, const Value& value, std::int64_t start,
                       std::int64_t stop) {
  for (std::int64_t i = start; i < stop; ++i) {
    auto& items = sequence_items(vm, sequence);
    if (i >= static_cast<std::int64_t>(items.size())) break;
    Value item = items[static_cast<std::size_t>(i)];
    int r = same_or_equal(vm, item, value);
    if (r < 0) return -2;
    if (r) return i;
  }
  return -1;
}

// list.index / tuple.index: (value, start=0, stop=sys.maxsize).
Value sequence_index(VM& vm, CallArgs args, Self self) {
  if (!accept(vm, args, self, "index", Style::Clinic, 1, 3)) return Value();
  std::int64_t start = 0, stop = kMaxIndex;
  if (args.nargs > 2 && !slice_index(vm, args[2], start)) return Value();
  if (args.nargs > 3 && !slice_index(vm, args[3], stop)) return Value();
  auto size = static_cast<std::int64_t>(sequence_items(vm, args[0]).size());
  if (start < 0) start = std::max<std::int64_t>(start + size, 0);
  if (stop < 0) stop = std::max<std::int64_t>(stop + size, 0);
  std::int64_t found = find_item(vm, args[0], args[1], start, stop);
  if (found >= 0) return vm.make_int(found);
  if (found == -2) return Value();
  if (self == Self::Tuple) return vm.value_error("tuple.index(x): x not in tuple");
  auto text = vm.repr_text(args[1]);
  if (!text) return Value();
  return vm.value_error(*text + " is not in list");
}

Value sequence_count(VM& vm, CallArgs args, Self self) {
  if (!accept(vm, args, self, "count", Style::Fixed, 1, 1)) return Value();
  std::int64_t count = 0;
  for (std::size_t i = 0; i < sequence_items(vm, args[0]).size(); ++i) {
    Value item = sequence_items(vm, args[0])[i];
    int r = same_or_equal(vm, item, args[1]);
    if (r < 0) return Value();
    count += r;
  }
  return vm.make_int(count);
}

// ---- list ---------------------------------------------------------------------------------------

List& list_of(const Value& v) {
  return *v.as<List>();
}

Value list_append(VM& vm, CallArgs args) {
  if (!accept(vm, args, Self::List, "append", Style::Fixed, 1, 1)) return Value();
  list_of(args[0]).items.push_back(args[1]);
  return vm.none();
}

Value list_extend(VM& vm, CallArgs args) {
  if (!accept(vm, args, Self::List, "extend", Style::Fixed, 1, 1)) return Value();
  auto& items = list_of(args[0]).items;
  Layout source_layout = vm.type_of(args[1])->layout;
  if (source_layout == Layout::List || source_layout == Layout::Tuple) {
    if (args[1].is(args[0])) {
      std::vector<Value> copy = items;  // a.extend(a) doubles a once
      items.insert(items.end(), copy.begin(), copy.end());
    } else {
      auto& source = sequence_items(vm, args[1]);
      items.insert(items.end(), source.begin(), source.end());
    }
    return vm.none();
  }
  if (source_layout == Layout::Range) {
    // collect() refuses at once a range too long to hold.
    std::vector<Value> more;
    if (!vm.collect(args[1], more)) return Value();
    items.insert(items.end(), more.begin(), more.end());
    return vm.none();
  }
  Value self = args[0];
  bool ok = vm.for_each(args[1], [&](Value item) {
    list_of(self).items.push_back(std::move(item));
    return true;
  });
  return ok ? vm.none() : Value();
}

Value list_insert(VM& vm, CallArgs args) {
  if (!accept(vm, args, Self::List, "insert", Style::Clinic, 2, 2)) return Value();
  std::int64_t where;
  if (!ssize_arg(vm, args[1], where)) return Value();
  auto& items = list_of(args[0]).items;
  auto size = static_cast<std::int64_t>(items.size());
  if (where < 0) where = std::max<std::int64_t>(where + size, 0);
  where = std::min(where, size);
  items.insert(items.begin() + where, args[2]);
  return vm.none();
}

Value list_pop(VM& vm, CallArgs args) {
  if (!accept(vm, args, Self::List, "pop", Style::Clinic, 0, 1)) return Value();
  std::int64_t index = -1;
  if (args.nargs > 1 && !ssize_arg(vm, args[1], index)) return Value();
  auto& items = list_of(args[0]).items;
  if (items.empty()) return vm.index_error("pop from empty list");
  auto size = static_cast<std::int64_t>(items.size());
  if (index < 0) index += size;
  if (index < 0 || index >= size) return vm.index_error("pop index out of range");
  Value item = std::move(items[static_cast<std::size_t>(index)]);
  items.erase(items.begin() + index);
  return item;
}

Value list_remove(VM& vm, CallArgs args) {
  if (!accept(vm, args, Self::List, "remove", Style::Fixed, 1, 1)) return Value();
  std::int64_t found = find_item(vm, args[0], args[1], 0, kMaxIndex);
  if (found == -2) return Value();
  auto& items = list_of(args[0]).items;
  // The comparison may have shrunk the list: then, as CPython, nothing is left to delete.
  if (found < 0 || found >= static_cast<std::int64_t>(items.size()))
    return vm.value_error("list.remove(x): x not in list");
  Value removed = std::move(items[static_cast<std::size_t>(found)]);
  items.erase(items.begin() + found);
  return vm.none();
}

Value list_index(VM& vm, CallArgs args) {
  return sequence_index(vm, args, Self::List);
}
Value list_count(VM& vm, CallArgs args) {
  return sequence_count(vm, args, Self::List);
}

Value list_reverse(VM& vm, CallArgs args) {
  if (!accept(vm, args, Self::List, "reverse", Style::Fixed)) return Value();
  auto& items = list_of(args[0]).items;
  std::reverse(items.begin(), items.end());
  return vm.none();
}

Value list_copy(VM& vm, CallArgs args) {
  if (!accept(vm, args, Self::List, "copy", Style::Fixed)) return Value();
  return vm.make_list(list_of(args[0]).items);
}

Value list_clear(VM& vm, CallArgs args) {
  if (!accept(vm, args, Self::List, "clear", Style::Fixed)) return Value();
  // The items are released after the list is empty: a __del__ they run sees an empty list.
  std::vector<Value> old;
  old.swap(list_of(args[0]).items);
  return vm.none();
}

// list.sort(*, key=None, reverse=False)
Value list_sort_method(VM& vm, CallArgs args) {
  if (args.nargs != 1 || vm.type_of(args[0])->layout != Layout::List) {
    if (args.nargs > 1 && vm.type_of(args[0])->layout == Layout::List)
      return vm.type_error("sort() takes no positional arguments");
    reject(vm, args, Self::List, "sort", Style::VarArgs, 0, 0);
    return Value();
  }
  Value key, reverse;
  for (std::uint32_t i = 0; i < args.nkw; ++i) {
    const std::string& name = VM::str_text(args.kwnames[i]);
    if (name == "key") {
      key = args.kwvalues[i];
    } else if (name == "reverse") {
      reverse = args.kwvalues[i];
    } else {
      return vm.type_error("'" + name + "' is an invalid keyword argument for sort()");
    }
  }
  std::int64_t reversed = 0;
  if (reverse && !vm.to_index(reverse, reversed)) return Value();
  return list_sort(vm, list_of(args[0]), key, reversed != 0);
}

// ---- Sorting ------------------------------------------------------------------------------------

// An item with its sort key (list.sort(key=...)).
struct Keyed {
  Value key;
  Value value;
};
const Value& sort_key(const Value& item) {
  return item;
}
const Value& sort_key(const Keyed& item) {
  return item.key;
}

// What all the keys are, found before sorting (CPython's pre-sort check): comparisons of small
// ints, strs or floats then skip the type dispatch.
enum class KeyKind : std::uint8_t { SmallInt, Str, Float, Any };

KeyKind kind_of(const Value& key) {
  if (key.is_small()) return KeyKind::SmallInt;
  switch (key.object()->user_tag()) {
    case kStrType:
      return KeyKind::Str;
    case kFloatType:
      return KeyKind::Float;
    default:
      return KeyKind::Any;
  }
}

template <class T>
KeyKind common_kind(const std::vector<T>& items) {
  if (items.empty()) return KeyKind::Any;
  KeyKind kind = kind_of(sort_key(items[0]));
  for (const T& item : items)
    if (kind_of(sort_key(item)) != kind) return KeyKind::Any;
  return kind;
}

// a < b: 1, 0, -1 raised.
int key_less(VM& vm, KeyKind kind, const Value& a, const Value& b) {
  switch (kind) {
    case KeyKind::SmallInt:
      return a.small_value() < b.small_value();
    // UTF-8 byte order is code point order.
    case KeyKind::Str:
      return a.as<Str>()->text < b.as<Str>()->text;
    case KeyKind::Float:
      return a.as<FloatObject>()->value < b.as<FloatObject>()->value;
    case KeyKind::Any:
      break;
  }
  return vm.less(a, b);
}

// CPython 3.11's list sort (Objects/listsort.txt), step for step: natural runs, extended to a
// minimum length by binary insertion, merged in powersort's order with galloping. Making the
// very comparisons CPython makes matters beyond speed: a sort that fails on mixed types reports
// the same pair, and an inconsistent order (NaNs) gives the same result.
template <class T>
class MergeSort {
 public:
  MergeSort(VM& vm, std::vector<T>& items) : vm_(vm), items_(items), kind_(common_kind(items)) {}

  // false: a comparison raised; the items are then in some order, all present.
  bool run() {
    std::size_t n = items_.size();
    if (n < 2) return true;
    std::size_t min_run = compute_min_run(n);
    for (std::size_t lo = 0; lo < n;) {
      std::size_t length;
      bool descending;
      if (!count_run(lo, n, length, descending)) return false;
      if (descending) std::reverse(items_.begin() + lo, items_.begin() + lo + length);
      if (length < min_run) {
        std::size_t forced = std::min(n - lo, min_run);
        if (!binary_insertion(lo, lo + forced, lo + length)) return false;
        length = forced;
      }
      if (!found_new_run(length)) return false;
      runs_.push_back(Run{lo, length, 0});
      lo += length;
    }
    // Merge what is left, smaller neighbours first.
    while (runs_.size() > 1) {
      std::size_t i = runs_.size() - 2;
      if (i > 0 && runs_[i - 1].length < runs_[i + 1].length) --i;
      if (!merge_at(i)) return false;
    }
    return true;
  }

 private:
  struct Run {
    std::size_t base, length;
    int power;
  };

  int less_key(const Value& a, const Value& b) { return key_less(vm_, kind_, a, b); }
  int less(const T& a, const T& b) { return less_key(sort_key(a), sort_key(b)); }

  static std::size_t compute_min_run(std::size_t n) {
    std::size_t r = 0;
    while (n >= 64) {
      r |= n & 1;
      n >>= 1;
    }
    return n + r;
  }

  // The run starting at lo: non-decreasing, or strictly decreasing (then reversed by the caller,
  // which keeps the sort stable).
  bool count_run(std::size_t lo, std::size_t hi, std::size_t& length, bool& descending) {
    descending = false;
    length = 1;
    if (lo + 1 == hi) return true;
    int r = less(items_[lo + 1], items_[lo]);
    if (r < 0) return false;
    descending = r;
    for (length = 2; lo + length < hi; ++length) {
      r = less(items_[lo + length], items_[lo + length - 1]);
      if (r < 0) return false;
      if (r != static_cast<int>(descending)) break;
    }
    return true;
  }

  // Sorts [lo, hi) given that [lo, start) is sorted.
  bool binary_insertion(std::size_t lo, std::size_t hi, std::size_t start) {
    if (start == lo) ++start;
    for (; start < hi; ++start) {
      std::size_t left = lo, right = start;
      do {
        std::size_t middle = left + ((right - left) >> 1);
        int r = less(items_[start], items_[middle]);
        if (r < 0) return false;
        if (r) {
          right = middle;
        } else {
          left = middle + 1;
        }
      } while (left < right);
      std::rotate(items_.begin() + left, items_.begin() + start, items_.begin() + start + 1);
    }
    return true;
  }

  // Powersort: the new run's boundary with the previous one gets a "power"; pending runs with a
  // higher power are merged first.
  bool found_new_run(std::size_t new_length) {
    if (runs_.empty()) return true;
    const Run& last = runs_.back();
    int power = node_power(last.base, last.length, new_length, items_.size());
    while (runs_.size() > 1 && runs_[runs_.size() - 2].power > power) {
      if (!merge_at(runs_.size() - 2)) return false;
    }
    runs_.back().power = power;
    return true;
  }

  static int node_power(std::size_t s1, std::size_t n1, std::size_t n2, std::size_t n) {
    int result = 0;
    std::size_t a = 2 * s1 + n1;  // twice the first run's midpoint
    std::size_t b = a + n1 + n2;  // twice the second run's midpoint
    for (;;) {
      ++result;
      if (a >= n) {
        a -= n;
        b -= n;
      } else if (b >= n) {
        break;
      }
      a <<= 1;
      b <<= 1;
    }
    return result;
  }

  // CPython's gallop_left (right = false: the k in [0, n] with a[k-1] < key <= a[k]) and
  // gallop_right (right = true: a[k-1] <= key < a[k]): exponential steps outwards from a[hint],
  // then a binary search. -1: raised.
  std::ptrdiff_t gallop(const Value& key, const T* a, std::ptrdiff_t n, std::ptrdiff_t hint,
                        bool right) {
    // Whether a[i] goes before key, with the comparison CPython makes.
    auto before = [&](std::ptrdiff_t i) -> int {
      if (!right) return less_key(sort_key(a[i]), key);
      int r = less_key(key, sort_key(a[i]));
      return r < 0 ? r : !r;
    };
    std::ptrdiff_t last = 0, ofs = 1;
    int r = before(hint);
    if (r < 0) return -1;
    if (r) {
      // Right, until a[hint + last] goes before key and a[hint + ofs] does not.
      std::ptrdiff_t max = n - hint;
      while (ofs < max) {
        if ((r = before(hint + ofs)) < 0) return -1;
        if (!r) break;
        last = ofs;
        ofs = (ofs << 1) + 1;
      }
      ofs = std::min(ofs, max) + hint;
      last += hint;
    } else {
      // Left, until a[hint - ofs] goes before key and a[hint - last] does not.
      std::ptrdiff_t max = hint + 1;
      while (ofs < max) {
        if ((r = before(hint - ofs)) < 0) return -1;
        if (r) break;
        last = ofs;
        ofs = (ofs << 1) + 1;
      }
      ofs = std::min(ofs, max);
      std::ptrdiff_t k = last;
      last = hint - ofs;
      ofs = hint - k;
    }
    // a[last] goes before key, a[ofs] does not.
    for (++last; last < ofs;) {
      std::ptrdiff_t middle = last + ((ofs - last) >> 1);
      if ((r = before(middle)) < 0) return -1;
      if (r) {
        last = middle + 1;
      } else {
        ofs = middle;
      }
    }
    return ofs;
  }

  // Merges runs i and i + 1, leaving out the ends already in place.
  bool merge_at(std::size_t i) {
    T* base = items_.data();
    auto a = static_cast<std::ptrdiff_t>(runs_[i].base);
    auto na = static_cast<std::ptrdiff_t>(runs_[i].length);
    auto b = static_cast<std::ptrdiff_t>(runs_[i + 1].base);
    auto nb = static_cast<std::ptrdiff_t>(runs_[i + 1].length);
    runs_[i].length += runs_[i + 1].length;
    runs_.erase(runs_.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    std::ptrdiff_t k = gallop(sort_key(base[b]), base + a, na, 0, true);
    if (k < 0) return false;
    a += k;
    na -= k;
    if (na == 0) return true;
    nb = gallop(sort_key(base[a + na - 1]), base + b, nb, nb - 1, false);
    if (nb <= 0) return nb == 0;
    return na <= nb ? merge_low(base + a, na, base + b, nb)
                    : merge_high(base + a, na, base + b, nb);
  }

  // How a merge loop ended: done (what is left of the run in temp_ goes back), or with one item
  // of the run in temp_ left, which belongs at the far end.
  enum class Ending { Done, LastOfTemp, Failed };

  // Merges a[0, na) and b[0, nb) (b follows a, na <= nb) through a copy of a, from the left.
  bool merge_low(T* a, std::ptrdiff_t na, T* b, std::ptrdiff_t nb) {
    temp_.assign(std::make_move_iterator(a), std::make_move_iterator(a + na));
    T* dest = a;
    T* pa = temp_.data();
    T* pb = b;
    Ending end = merge_low_loop(dest, pa, na, pb, nb);
    if (end == Ending::LastOfTemp) {
      dest = std::move(pb, pb + nb, dest);
      *dest = std::move(*pa);
    } else {
      std::move(pa, pa + na, dest);
    }
    temp_.clear();
    return end != Ending::Failed;
  }

  Ending merge_low_loop(T*& dest, T*& pa, std::ptrdiff_t& na, T*& pb, std::ptrdiff_t& nb) {
    *dest++ = std::move(*pb++);
    if (--nb == 0) return Ending::Done;
    if (na == 1) return Ending::LastOfTemp;
    for (;;) {
      // One item at a time, until one run wins min_gallop_ times in a row.
      std::ptrdiff_t a_wins = 0, b_wins = 0;
      for (;;) {
        int r = less(*pb, *pa);
        if (r < 0) return Ending::Failed;
        if (r) {
          *dest++ = std::move(*pb++);
          ++b_wins;
          a_wins = 0;
          if (--nb == 0) return Ending::Done;
          if (b_wins >= min_gallop_) break;
        } else {
          *dest++ = std::move(*pa++);
          ++a_wins;
          b_wins = 0;
          if (--na == 1) return Ending::LastOfTemp;
          if (a_wins >= min_gallop_) break;
        }
      }
      // Then in strides found by galloping, while they stay long.
      ++min_gallop_;
      do {
        min_gallop_ -= min_gallop_ > 1;
        std::ptrdiff_t k = a_wins = gallop(sort_key(*pb), pa, na, 0, true);
        if (k < 0) return Ending::Failed;
        if (k) {
          dest = std::move(pa, pa + k, dest);
          pa += k;
          na -= k;
          if (na == 1) return Ending::LastOfTemp;
          if (na == 0) return Ending::Done;  // only with an inconsistent comparison
        }
        *dest++ = std::move(*pb++);
        if (--nb == 0) return Ending::Done;
        k = b_wins = gallop(sort_key(*pa), pb, nb, 0, false);
        if (k < 0) return Ending::Failed;
        if (k) {
          dest = std::move(pb, pb + k, dest);
          pb += k;
          nb -= k;
          if (nb == 0) return Ending::Done;
        }
        *dest++ = std::move(*pa++);
        if (--na == 1) return Ending::LastOfTemp;
      } while (a_wins >= kMinGallop || b_wins >= kMinGallop);
      ++min_gallop_;  // leaving galloping mode costs
    }
  }

  // Merges a[0, na) and b[0, nb) (b follows a, na > nb) through a copy of b, from the right.
  bool merge_high(T* a, std::ptrdiff_t na, T* b, std::ptrdiff_t nb) {
    temp_.assign(std::make_move_iterator(b), std::make_move_iterator(b + nb));
    T* dest = b + nb - 1;
    T* pa = a + na - 1;
    T* pb = temp_.data() + nb - 1;
    Ending end = merge_high_loop(a, dest, pa, na, pb, nb);
    if (end == Ending::LastOfTemp) {
      std::move_backward(pa + 1 - na, pa + 1, dest + 1);
      *(dest - na) = std::move(*pb);
    } else {
      std::move(temp_.data(), temp_.data() + nb, dest - (nb - 1));
    }
    temp_.clear();
    return end != Ending::Failed;
  }

  Ending merge_high_loop(T* a, T*& dest, T*& pa, std::ptrdiff_t& na, T*& pb, std::ptrdiff_t& nb) {
    T* temp = temp_.data();
    *dest-- = std::move(*pa--);
    if (--na == 0) return Ending::Done;
    if (nb == 1) return Ending::LastOfTemp;
    for (;;) {
      std::ptrdiff_t a_wins = 0, b_wins = 0;
      for (;;) {
        int r = less(*pb, *pa);
        if (r < 0) return Ending::Failed;
        if (r) {
          *dest-- = std::move(*pa--);
          ++a_wins;
          b_wins = 0;
          if (--na == 0) return Ending::Done;
          if (a_wins >= min_gallop_) break;
        } else {
          *dest-- = std::move(*pb--);
          ++b_wins;
          a_wins = 0;
          if (--nb == 1) return Ending::LastOfTemp;
          if (b_wins >= min_gallop_) break;
        }
      }
      ++min_gallop_;
      do {
        min_gallop_ -= min_gallop_ > 1;
        std::ptrdiff_t k = gallop(sort_key(*pb), a, na, na - 1, true);
        if (k < 0) return Ending::Failed;
        k = a_wins = na - k;
        if (k) {
          dest -= k;
          pa -= k;
          std::move_backward(pa + 1, pa + 1 + k, dest + 1 + k);
          na -= k;
          if (na == 0) return Ending::Done;
        }
        *dest-- = std::move(*pb--);
        if (--nb == 1) return Ending::LastOfTemp;
        k = gallop(sort_key(*pa), temp, nb, nb - 1, false);
        if (k < 0) return Ending::Failed;
        k = b_wins = nb - k;
        if (k) {
          dest -= k;
          pb -= k;
          std::move(pb + 1, pb + 1 + k, dest + 1);
          nb -= k;
          if (nb == 1) return Ending::LastOfTemp;
          if (nb == 0) return Ending::Done;  // only with an inconsistent comparison
        }
        *dest-- = std::move(*pa--);
        if (--na == 0) return Ending::Done;
      } while (a_wins >= kMinGallop || b_wins >= kMinGallop);
      ++min_gallop_;
    }
  }

  static constexpr std::ptrdiff_t kMinGallop = 7;

  VM& vm_;
  std::vector<T>& items_;
  KeyKind kind_;
  std::ptrdiff_t min_gallop_ = kMinGallop;
  std::vector<Run> runs_;
  std::vector<T> temp_;
};

template <class T>
bool sort_items(VM& vm, std::vector<T>& items, bool reverse) {
  // Reversing before and after keeps equal items in their original order, as CPython does.
  if (reverse) std::reverse(items.begin(), items.end());
  bool ok = MergeSort<T>(vm, items).run();
  if (reverse) std::reverse(items.begin(), items.end());
  return ok;
}

bool sort_by_key(VM& vm, std::vector<Value>& items, const Value& key, bool reverse) {
  std::vector<Keyed> keyed;
  keyed.reserve(items.size());
  for (const Value& item : items) {
    Value k = vm.call(key, {item});
    if (!k) return false;  // the items are untouched
    keyed.push_back(Keyed{std::move(k), item});
  }
  bool ok = sort_items(vm, keyed, reverse);
  for (std::size_t i = 0; i < items.size(); ++i) items[i] = std::move(keyed[i].value);
  return ok;
}

// ---- Sets: tables, keys, iteration --------------------------------------------------------------
// The operations follow CPython's setobject.c step by step (which table is walked, which is
// copied, when it resizes), since that decides the iteration order of the result.

SetTable& table_of(const Value& set) {
  return set.as<SetObject>()->table;
}

bool is_any_set(VM& vm, const Value& v) {
  Layout layout = vm.type_of(v)->layout;
  return layout == Layout::Set || layout == Layout::FrozenSet;
}

bool is_frozen(VM& vm, const Value& v) {
  return vm.type_of(v)->layout == Layout::FrozenSet;
}

void swap_tables(SetTable& a, SetTable& b) {
  std::swap(a.slots, b.slots);
  std::swap(a.used, b.used);
  std::swap(a.fill, b.fill);
}

void clear_table(VM&, SetTable& table) {
  settable_clear(table);
}

int has_key(VM& vm, SetTable& table, const Value& key) {
  return settable_contains(vm, table, key);
}

bool add_key(VM& vm, SetTable& table, const Value& key) {
  return settable_add(vm, table, key);
}

// A new, empty set of `like`'s base type (set or frozenset): CPython's operators and methods
// return base-type objects, even for subclasses.
Value new_set_like(VM& vm, const Value& like) {
  return vm.make_set(is_frozen(vm, like));
}

// set_copy: a set merged from `set` (slot for slot when the sizes agree).
Value copy_set(VM& vm, const Value& set) {
  Value copy = new_set_like(vm, set);
  settable_merge(vm, table_of(copy), table_of(set));  // into an empty table: no comparison
  return copy;
}

// Calls fn(key, hash) for each key of a table, by slot (set_next): a callback that changes the
// table (through a key's __eq__) cannot invalidate the walk. fn returns false to stop.
template <class Fn>
bool walk_entries(const SetTable& table, Fn&& fn) {
  for (std::size_t i = 0; i < table.slots.size(); ++i) {
    Value key = table.slots[i].key;
    if (key && !fn(std::move(key), table.slots[i].hash)) return false;
  }
  return true;
}

bool walk_table(const SetTable& table, const std::function<bool(Value)>& fn) {
  return walk_entries(table, [&](Value key, std::int64_t) { return fn(std::move(key)); });
}

// What set comparisons and operators accept besides sets: dict_keys and dict_items views.
struct SetLike {
  SetTable* set = nullptr;  // a set's table
  Dict* dict = nullptr;     // or the viewed dict
  bool items = false;       // a dict_items view: its elements are (key, value) tuples
  bool valid() const { return set || dict; }
  std::size_t size() const { return set ? set->used : dict->used; }
};

SetLike set_like(VM& vm, const Value& v) {
  if (is_any_set(vm, v)) return SetLike{&table_of(v), nullptr, false};
  std::uint32_t type = vm.type_index(v);
  if (type == kDictKeysType || type == kDictItemsType)
    return SetLike{nullptr, v.as<DictView>()->dict.as<Dict>(), type == kDictItemsType};
  return SetLike{};
}

int set_like_contains(VM& vm, const SetLike& s, const Value& x) {
  if (s.set) return has_key(vm, *s.set, x);
  Value found;
  if (!s.items) return vm.dict_get(*s.dict, x, found);
  // CPython's dictitems_contains: a (key, value) pair whose key maps to an equal value.
  if (vm.type_of(x)->layout != Layout::Tuple) return 0;
  auto& pair = x.as<Tuple>()->items;
  if (pair.size() != 2) return 0;
  int r = vm.dict_get(*s.dict, pair[0], found);
  if (r <= 0) return r;
  return same_or_equal(vm, found, pair[1]);
}

// The elements of a set-like (keys, or (key, value) tuples for dict_items).
bool walk_set_like(VM& vm, const SetLike& s, const std::function<bool(Value)>& fn) {
  if (s.set) return walk_table(*s.set, fn);
  for (std::size_t i = 0; i < s.dict->entries.size(); ++i) {
    const DictEntry& e = s.dict->entries[i];
    if (!e.key) continue;
    if (!fn(s.items ? vm.make_tuple({e.key, e.value}) : e.key)) return false;
  }
  return true;
}

// vm.for_each, walking sets, exact dicts and dict views directly (no iterator object, and no
// "changed size during iteration" when the callback adds to the set being walked).
bool for_each_key(VM& vm, const Value& iterable, const std::function<bool(Value)>& fn) {
  SetLike s = set_like(vm, iterable);
  if (!s.valid() && vm.type_index(iterable) == kDictType) s.dict = iterable.as<Dict>();
  if (!s.valid()) return vm.for_each(iterable, fn);
  if (!walk_set_like(vm, s, fn)) return !vm.has_pending_exception();
  return true;
}

// remove() and discard() look a set key up as the equal frozenset, as CPython does.
int discard_key(VM& vm, SetTable& table, const Value& key) {
  int r = settable_discard(vm, table, key);
  if (r >= 0 || vm.type_of(key)->layout != Layout::Set || !vm.pending_is(vm.exc().TypeError))
    return r;
  vm.take_exception();
  Value frozen = vm.make_set(true);
  settable_merge(vm, table_of(frozen), table_of(key));
  return settable_discard(vm, table, frozen);
}

// ---- Sets: the operations -----------------------------------------------------------------------

// set |= other (set_update_internal): a set merged, a dict's keys with their hashes, else
// iteration.
bool merge_into(VM& vm, const Value& set, const Value& other) {
  if (set.is(other)) return true;
  SetTable& table = table_of(set);
  if (is_any_set(vm, other)) return settable_merge(vm, table, table_of(other));
  if (vm.type_index(other) == kDictType) return settable_merge_dict(vm, table, *other.as<Dict>());
  return for_each_key(vm, other, [&](Value key) { return add_key(vm, table, key); });
}

// set & other as a new set of set's base type (set_intersection): walks the smaller of two
// sets, or iterates other.
Value intersect(VM& vm, const Value& set, const Value& other) {
  if (set.is(other)) return copy_set(vm, set);
  Value result = new_set_like(vm, set);
  SetTable& out = table_of(result);
  if (is_any_set(vm, other)) {
    Value walked = other, probed = set;
    if (table_of(other).used > table_of(set).used) std::swap(walked, probed);
    SetTable& probe = table_of(probed);
    bool ok = walk_entries(table_of(walked), [&](Value key, std::int64_t hash) {
      std::size_t slot;
      int r = settable_find(vm, probe, key, hash, slot);
      return r == 0 || (r > 0 && settable_insert(vm, out, std::move(key), hash));
    });
    return ok ? result : Value();
  }
  SetTable& probe = table_of(set);
  bool ok = for_each_key(vm, other, [&](Value key) {
    std::int64_t hash;
    if (!vm.hash(key, hash)) return false;
    std::size_t slot;
    int r = settable_find(vm, probe, key, hash, slot);
    return r == 0 || (r > 0 && settable_insert(vm, out, std::move(key), hash));
  });
  return ok ? result : Value();
}

// set -= other (set_difference_update_internal), then a resize if over a quarter of the
// table is dummies.
bool subtract_from(VM& vm, const Value& set, const Value& other) {
  SetTable& table = table_of(set);
  if (set.is(other)) {
    clear_table(vm, table);
    return true;
  }
  if (is_any_set(vm, other)) {
    Value walked = other;
    // Against a set more than 8 times larger, its intersection with this one is walked.
    if ((table_of(other).used >> 3) > table.used) {
      walked = intersect(vm, set, other);
      if (!walked) return false;
    }
    bool ok = walk_entries(table_of(walked), [&](Value key, std::int64_t hash) {
      return settable_discard(vm, table, key, hash) >= 0;
    });
    if (!ok) return false;
  } else if (!for_each_key(vm, other,
                           [&](Value key) { return settable_discard(vm, table, key) >= 0; })) {
    return false;
  }
  if (table.fill - table.used <= table.mask() / 4) return true;
  settable_resize(table, table.used > 50000 ? table.used * 2 : table.used * 4);
  return true;
}

// set - other as a new set of set's base type (set_difference).
Value subtract(VM& vm, const Value& set, const Value& other) {
  SetTable& table = table_of(set);
  bool other_set = is_any_set(vm, other), other_dict = vm.type_index(other) == kDictType;
  std::size_t other_size = other_set    ? table_of(other).used
                           : other_dict ? other.as<Dict>()->used
                                        : 0;
  if ((!other_set && !other_dict) || (table.used >> 2) > other_size) {
    // Copy set, then delete other's keys.
    Value result = copy_set(vm, set);
    return subtract_from(vm, result, other) ? result : Value();
  }
  // Keep set's keys that other lacks.
  Value result = new_set_like(vm, set);
  SetTable& out = table_of(result);
  bool ok = walk_entries(table, [&](Value key, std::int64_t hash) {
    int r;
    if (other_dict) {
      Value ignored;
      r = vm.dict_get(*other.as<Dict>(), key, ignored);
    } else {
      std::size_t slot;
      r = settable_find(vm, table_of(other), key, hash, slot);
    }
    return r == 1 || (r == 0 && settable_insert(vm, out, std::move(key), hash));
  });
  return ok ? result : Value();
}

// set ^= other (set_symmetric_difference_update; repeated items of a non-set toggle once).
bool toggle_from(VM& vm, const Value& set, const Value& other) {
  SetTable& table = table_of(set);
  if (set.is(other)) {
    clear_table(vm, table);
    return true;
  }
  auto toggle = [&](Value key, std::int64_t hash) {
    int r = settable_discard(vm, table, key, hash);
    return r == 1 || (r == 0 && settable_insert(vm, table, std::move(key), hash));
  };
  if (vm.type_index(other) == kDictType) {
    const Dict& dict = *other.as<Dict>();
    for (std::size_t i = 0; i < dict.entries.size(); ++i) {
      Value key = dict.entries[i].key;
      if (key && !toggle(std::move(key), dict.entries[i].hash)) return false;
    }
    return true;
  }
  Value unique = other;
  if (!is_any_set(vm, other)) {
    unique = vm.make_set();
    if (!merge_into(vm, unique, other)) return false;
  }
  return walk_entries(table_of(unique), toggle);
}

// set ^ other (set_symmetric_difference): a set made from other, toggled by set's keys.
Value symmetric_difference(VM& vm, const Value& set, const Value& other) {
  Value result = new_set_like(vm, set);
  if (!merge_into(vm, result, other)) return Value();
  return toggle_from(vm, result, set) ? result : Value();
}

// Replaces set's contents by its intersection with other.
bool intersect_into(VM& vm, const Value& set, const Value& other) {
  Value result = intersect(vm, set, other);
  if (!result) return false;
  swap_tables(table_of(set), table_of(result));
  return true;
}

// Every element of a is in b: 1, 0, -1 raised.
int all_contained(VM& vm, const SetLike& a, const SetLike& b) {
  int result = 1;
  walk_set_like(vm, a, [&](Value x) {
    result = set_like_contains(vm, b, x);
    return result == 1;
  });
  return result;
}

bool is_subset(VM& vm, const Value& set, const Value& other, int& result) {
  Value other_set = other;
  if (!is_any_set(vm, other)) {
    other_set = vm.make_set();
    if (!merge_into(vm, other_set, other)) return false;
  }
  SetLike a = set_like(vm, set), b = set_like(vm, other_set);
  result = a.size() > b.size() ? 0 : all_contained(vm, a, b);
  return result >= 0;
}

bool is_superset(VM& vm, const Value& set, const Value& other, int& result) {
  if (is_any_set(vm, other)) return is_subset(vm, other, set, result);
  SetTable& table = table_of(set);
  result = 1;
  bool ok = for_each_key(vm, other, [&](Value key) {
    result = has_key(vm, table, key);
    return result == 1;
  });
  return ok && result >= 0;
}

bool is_disjoint(VM& vm, const Value& set, const Value& other, int& result) {
  if (set.is(other)) {
    result = table_of(set).used == 0;
    return true;
  }
  Value walked = other, probed = set;
  if (is_any_set(vm, other) && table_of(other).used > table_of(set).used) std::swap(walked, probed);
  SetTable& probe = table_of(probed);
  result = 1;
  for_each_key(vm, walked, [&](Value key) {
    int r = has_key(vm, probe, key);
    result = r < 0 ? -1 : !r;
    return result == 1;
  });
  if (vm.has_pending_exception()) result = -1;
  return result >= 0;
}

// ---- set and frozenset methods ------------------------------------------------------------------
// Templates on the receiver type: frozenset's methods are set's, with frozenset's name and checks.

template <Self S>
Value set_copy_method(VM& vm, CallArgs args) {
  if (!accept(vm, args, S, "copy", Style::Fixed)) return Value();
  // An exact frozenset is immutable: its copy is itself.
  if (vm.type_index(args[0]) == kFrozenSetType) return args[0];
  return copy_set(vm, args[0]);
}

template <Self S>
Value set_union(VM& vm, CallArgs args) {
  if (!accept(vm, args, S, "union", Style::VarArgs)) return Value();
  Value result = copy_set(vm, args[0]);
  for (std::uint32_t i = 1; i < args.nargs; ++i)
    if (!args[i].is(args[0]) && !merge_into(vm, result, args[i])) return Value();
  return result;
}

template <Self S>
Value set_intersection(VM& vm, CallArgs args) {
  if (!accept(vm, args, S, "intersection", Style::VarArgs)) return Value();
  Value result = args.nargs == 1 ? copy_set(vm, args[0]) : args[0];
  for (std::uint32_t i = 1; i < args.nargs && result; ++i) result = intersect(vm, result, args[i]);
  return result;
}

template <Self S>
Value set_difference(VM& vm, CallArgs args) {
  if (!accept(vm, args, S, "difference", Style::VarArgs)) return Value();
  if (args.nargs == 1) return copy_set(vm, args[0]);
  Value result = subtract(vm, args[0], args[1]);
  for (std::uint32_t i = 2; i < args.nargs && result; ++i)
    if (!subtract_from(vm, result, args[i])) return Value();
  return result;
}

template <Self S>
Value set_symmetric_difference(VM& vm, CallArgs args) {
  if (!accept(vm, args, S, "symmetric_difference", Style::Fixed, 1, 1)) return Value();
  return symmetric_difference(vm, args[0], args[1]);
}

template <Self S>
Value set_issubset(VM& vm, CallArgs args) {
  if (!accept(vm, args, S, "issubset", Style::Fixed, 1, 1)) return Value();
  int result;
  return is_subset(vm, args[0], args[1], result) ? vm.boolean(result) : Value();
}

template <Self S>
Value set_issuperset(VM& vm, CallArgs args) {
  if (!accept(vm, args, S, "issuperset", Style::Fixed, 1, 1)) return Value();
  int result;
  return is_superset(vm, args[0], args[1], result) ? vm.boolean(result) : Value();
}

template <Self S>
Value set_isdisjoint(VM& vm, CallArgs args) {
  if (!accept(vm, args, S, "isdisjoint", Style::Fixed, 1, 1)) return Value();
  int result;
  return is_disjoint(vm, args[0], args[1], result) ? vm.boolean(result) : Value();
}

// Mutating methods: set only.

Value set_add(VM& vm, CallArgs args) {
  if (!accept(vm, args, Self::Set, "add", Style::Fixed, 1, 1)) return Value();
  return add_key(vm, table_of(args[0]), args[1]) ? vm.none() : Value();
}

Value set_discard(VM& vm, CallArgs args) {
  if (!accept(vm, args, Self::Set, "discard", Style::Fixed, 1, 1)) return Value();
  return discard_key(vm, table_of(args[0]), args[1]) >= 0 ? vm.none() : Value();
}

Value set_remove(VM& vm, CallArgs args) {
  if (!accept(vm, args, Self::Set, "remove", Style::Fixed, 1, 1)) return Value();
  int r = discard_key(vm, table_of(args[0]), args[1]);
  if (r < 0) return Value();
  return r ? vm.none() : vm.key_error(args[1]);
}

// Removes the element at the finger (set_pop): the next live slot after the last one popped.
Value set_pop(VM& vm, CallArgs args) {
  if (!accept(vm, args, Self::Set, "pop", Style::Fixed)) return Value();
  SetTable& table = table_of(args[0]);
  if (table.used == 0) return vm.raise(vm.exc().KeyError, "pop from an empty set");
  return settable_pop(table);
}

Value set_clear(VM& vm, CallArgs args) {
  if (!accept(vm, args, Self::Set, "clear", Style::Fixed)) return Value();
  clear_table(vm, table_of(args[0]));
  return vm.none();
}

Value set_update(VM& vm, CallArgs args) {
  if (!accept(vm, args, Self::Set, "update", Style::VarArgs)) return Value();
  for (std::uint32_t i = 1; i < args.nargs; ++i)
    if (!merge_into(vm, args[0], args[i])) return Value();
  return vm.none();
}

Value set_intersection_update(VM& vm, CallArgs args) {
  if (!accept(vm, args, Self::Set, "intersection_update", Style::VarArgs)) return Value();
  for (std::uint32_t i = 1; i < args.nargs; ++i)
    if (!intersect_into(vm, args[0], args[i])) return Value();
  return vm.none();
}

Value set_difference_update(VM& vm, CallArgs args) {
  if (!accept(vm, args, Self::Set, "difference_update", Style::VarArgs)) return Value();
  for (std::uint32_t i = 1; i < args.nargs; ++i)
    if (!subtract_from(vm, args[0], args[i])) return Value();
  return vm.none();
}

Value set_symmetric_difference_update(VM& vm, CallArgs args) {
  if (!accept(vm, args, Self::Set, "symmetric_difference_update", Style::Fixed, 1, 1))
    return Value();
  return toggle_from(vm, args[0], args[1]) ? vm.none() : Value();
}

// The operators when a dict view takes part: a set made from the left operand (any iterable),
// then updated from the right one (CPython's dictviews_or and friends).
Value view_binary(VM& vm, const Value& a, const Value& b, int op) {
  Value result = vm.make_set();
  if (!merge_into(vm, result, a)) return Value();
  bool ok = false;
  switch (op) {
    case kOr:
      ok = merge_into(vm, result, b);
      break;
    case kAnd:
      ok = intersect_into(vm, result, b);
      break;
    case kSub:
      ok = subtract_from(vm, result, b);
      break;
    case kXor:
      ok = toggle_from(vm, result, b);
      break;
    default:
      return vm.not_implemented();
  }
  return ok ? result : Value();
}

// ---- dict ---------------------------------------------------------------------------------------

Dict& dict_of(const Value& v) {
  return *v.as<Dict>();
}

// Empties a dict; the keys are released once it is consistent (their __del__ may look at it).
void clear_table(VM& vm, Dict& table) {
  std::vector<DictEntry> old = std::move(table.entries);
  vm.dict_clear(table);
}

// Makes `to` (an empty dict) a copy of `from`: the hashes and the index come along.
void copy_table(Dict& to, const Dict& from) {
  to.entries = from.entries;
  to.index = from.index;
  to.used = from.used;
}

Value make_view(const Value& dict, IterKind kind, std::uint32_t type) {
  auto* view = new DictView();
  view->set_user_tag(type);
  view->dict = dict;
  view->kind = kind;
  return Value(view);
}

// A dict whose iteration is dict's own (not overridden by a subclass): merged entry by entry.
bool iterates_as_dict(VM& vm, const Value& v) {
  if (vm.type_index(v) == kDictType) return true;
  Type* type = vm.type_of(v);
  if (type->layout != Layout::Dict) return false;
  Value iter = vm.lookup_in_type(type, "__iter__");
  return !iter || (iter.is_object() && iter.object()->user_tag() == kBuiltinFunctionType);
}

bool merge_dict(VM& vm, Dict& target, const Dict& source) {
  if (&target == &source || source.used == 0) return true;
  if (target.used == 0) {
    copy_table(target, source);
    return true;
  }
  for (std::size_t i = 0; i < source.entries.size(); ++i) {
    Value key = source.entries[i].key, value = source.entries[i].value;
    if (key && !vm.dict_set(target, std::move(key), std::move(value))) return false;
  }
  return true;
}

// A mapping: its keys() first, then source[key] for each.
bool merge_mapping(VM& vm, Dict& target, const Value& source, const Value& keys_method) {
  Value keys = vm.call(keys_method, CallArgs{});
  std::vector<Value> all;
  if (!keys || !vm.collect(keys, all)) return false;
  for (Value& key : all) {
    Value value = vm.get_item(source, key);
    if (!value || !vm.dict_set(target, std::move(key), std::move(value))) return false;
  }
  return true;
}

// An iterable of (key, value) sequences.
bool merge_pairs(VM& vm, Dict& target, const Value& source) {
  std::size_t index = 0;
  return vm.for_each(source, [&](Value item) {
    std::vector<Value> pair;
    Layout layout = vm.type_of(item)->layout;
    if (layout == Layout::List || layout == Layout::Tuple) {
      pair = sequence_items(vm, item);
    } else if (!vm.collect(item, pair)) {
      if (vm.pending_is(vm.exc().TypeError)) {
        vm.take_exception();
        vm.type_error("cannot convert dictionary update sequence element #" +
                      std::to_string(index) + " to a sequence");
      }
      return false;
    }
    if (pair.size() != 2) {
      vm.value_error("dictionary update sequence element #" + std::to_string(index) +
                     " has length " + std::to_string(pair.size()) + "; 2 is required");
      return false;
    }
    ++index;
    return vm.dict_set(target, std::move(pair[0]), std::move(pair[1]));
  });
}

// dict.__getitem__ / __setitem__ / __delitem__: what a dict subclass reaches with super().
Value dict_getitem_method(VM& vm, CallArgs args) {
  if (!accept(vm, args, Self::Dict, "__getitem__", Style::Clinic, 1, 1)) return Value();
  return builtin_get_item(vm, args[0], args[1]);
}

Value dict_setitem_method(VM& vm, CallArgs args) {
  if (!accept(vm, args, Self::Dict, "__setitem__", Style::Clinic, 2, 2)) return Value();
  return builtin_set_item(vm, args[0], args[1], args[2]) ? vm.none() : Value();
}

Value dict_delitem_method(VM& vm, CallArgs args) {
  if (!accept(vm, args, Self::Dict, "__delitem__", Style::Clinic, 1, 1)) return Value();
  return builtin_del_item(vm, args[0], args[1]) ? vm.none() : Value();
}

Value dict_get(VM& vm, CallArgs args) {
  if (!accept(vm, args, Self::Dict, "get", Style::Clinic, 1, 2)) return Value();
  Value found;
  int r = vm.dict_get(dict_of(args[0]), args[1], found);
  if (r < 0) return Value();
  if (r) return found;
  return args.nargs > 2 ? args[2] : vm.none();
}

Value dict_setdefault(VM& vm, CallArgs args) {
  if (!accept(vm, args, Self::Dict, "setdefault", Style::Clinic, 1, 2)) return Value();
  Value found;
  int r = vm.dict_get(dict_of(args[0]), args[1], found);
  if (r < 0) return Value();
  if (r) return found;
  Value value = args.nargs > 2 ? args[2] : vm.none();
  return vm.dict_set(dict_of(args[0]), args[1], value) ? value : Value();
}

Value dict_pop(VM& vm, CallArgs args) {
  if (!accept(vm, args, Self::Dict, "pop", Style::Clinic, 1, 2)) return Value();
  Dict& dict = dict_of(args[0]);
  Value found;
  // An empty dict answers without hashing the key ({}.pop([], 1) is 1), as CPython.
  int r = dict.used == 0 ? 0 : vm.dict_get(dict, args[1], found);
  if (r < 0) return Value();
  if (r == 0) return args.nargs > 2 ? args[2] : vm.key_error(args[1]);
  if (vm.dict_del(dict, args[1]) < 0) return Value();
  return found;
}

Value dict_popitem(VM& vm, CallArgs args) {
  if (!accept(vm, args, Self::Dict, "popitem", Style::Fixed)) return Value();
  Dict& dict = dict_of(args[0]);
  if (dict.used == 0) return vm.raise(vm.exc().KeyError, "popitem(): dictionary is empty");
  std::size_t last = dict.entries.size() - 1;
  while (!dict.entries[last].key) --last;
  Value key = dict.entries[last].key, value = dict.entries[last].value;
  if (vm.dict_del(dict, key) < 0) return Value();
  return vm.make_tuple({std::move(key), std::move(value)});
}

Value dict_keys(VM& vm, CallArgs args) {
  if (!accept(vm, args, Self::Dict, "keys", Style::Fixed)) return Value();
  return make_view(args[0], IterKind::DictKeys, kDictKeysType);
}

Value dict_values(VM& vm, CallArgs args) {
  if (!accept(vm, args, Self::Dict, "values", Style::Fixed)) return Value();
  return make_view(args[0], IterKind::DictValues, kDictValuesType);
}

Value dict_items(VM& vm, CallArgs args) {
  if (!accept(vm, args, Self::Dict, "items", Style::Fixed)) return Value();
  return make_view(args[0], IterKind::DictItems, kDictItemsType);
}

// dict.update(other=(), /, **kwargs)
Value dict_update(VM& vm, CallArgs args) {
  if (args.nargs == 0 || vm.type_of(args[0])->layout != Layout::Dict) {
    reject(vm, args, Self::Dict, "update", Style::VarArgs, 0, 0);
    return Value();
  }
  CallArgs positional = without_self(args);
  positional.nkw = 0;
  if (!check_arity(vm, positional, "update", 0, 1)) return Value();
  Dict& dict = dict_of(args[0]);
  if (args.nargs > 1 && !dict_update_from(vm, dict, args[1])) return Value();
  for (std::uint32_t i = 0; i < args.nkw; ++i)
    if (!vm.dict_set(dict, args.kwnames[i], args.kwvalues[i])) return Value();
  return vm.none();
}

// dict.fromkeys(iterable, value=None), a classmethod: args[0] is the class.
Value dict_fromkeys(VM& vm, CallArgs args) {
  if (!no_keywords(vm, args, "dict.fromkeys") ||
      !check_arity(vm, without_self(args), "fromkeys", 1, 2))
    return Value();
  Value value = args.nargs > 2 ? args[2] : vm.none();
  Value dict = vm.call(args[0], CallArgs{});
  if (!dict) return Value();
  bool plain = vm.type_index(dict) == kDictType;
  bool ok = for_each_key(vm, args[1], [&](Value key) {
    return plain ? vm.dict_set(dict_of(dict), std::move(key), value)
                 : vm.set_item(dict, key, value);
  });
  return ok ? dict : Value();
}

Value dict_copy(VM& vm, CallArgs args) {
  if (!accept(vm, args, Self::Dict, "copy", Style::Fixed)) return Value();
  Value copy = vm.make_dict();
  copy_table(dict_of(copy), dict_of(args[0]));
  return copy;
}

Value dict_clear(VM& vm, CallArgs args) {
  if (!accept(vm, args, Self::Dict, "clear", Style::Fixed)) return Value();
  clear_table(vm, dict_of(args[0]));
  return vm.none();
}

// ---- tuple --------------------------------------------------------------------------------------

Value tuple_index(VM& vm, CallArgs args) {
  return sequence_index(vm, args, Self::Tuple);
}
Value tuple_count(VM& vm, CallArgs args) {
  return sequence_count(vm, args, Self::Tuple);
}

// ---- range
// ----------------------------------------------------------------------------------------

// The position of `value` in a range, for an int (or bool) value: -1 when absent.
std::int64_t range_position(VM& vm, const RangeObject& range, const Value& value) {
  std::int64_t n;
  if (!vm.to_int64(value, n)) return -1;  // beyond int64: outside every range
  bool inside =
      range.step > 0 ? range.start <= n && n < range.stop : range.stop < n && n <= range.start;
  if (!inside) return -1;
  __int128 offset = static_cast<__int128>(n) - range.start;
  if (offset % range.step != 0) return -1;
  return static_cast<std::int64_t>(offset / range.step);
}

bool is_exact_int(VM& vm, const Value& v) {
  std::uint32_t t = vm.type_index(v);
  return t == kIntType || t == kBoolType;
}

bool range_receiver(VM& vm, CallArgs args, std::string_view method) {
  if (args.nargs == 0 || vm.type_index(args[0]) != kRangeType) {
    vm.type_error("descriptor '" + std::string(method) +
                  "' for 'range' objects doesn't apply to a '" +
                  std::string(args.nargs ? vm.type_name(args[0]) : "NoneType") + "' object");
    return false;
  }
  if (!no_keywords(vm, args, method)) return false;
  if (args.nargs != 2) {
    vm.type_error("range." + std::string(method) + "() takes exactly one argument (" +
                  std::to_string(args.nargs - 1) + " given)");
    return false;
  }
  return true;
}

// Other values: compared with each item, as CPython's generic sequence search.
std::int64_t range_search(VM& vm, const RangeObject& range, const Value& value, bool count) {
  std::int64_t found = 0;
  for (std::int64_t index = 0;; ++index) {
    __int128 n = static_cast<__int128>(range.start) + static_cast<__int128>(index) * range.step;
    if (range.step > 0 ? n >= range.stop : n <= range.stop) break;
    int r = same_or_equal(vm, vm.make_int(static_cast<std::int64_t>(n)), value);
    if (r < 0) return -2;
    if (r && !count) return index;
    found += r;
  }
  return count ? found : -1;
}

Value range_index(VM& vm, CallArgs args) {
  if (!range_receiver(vm, args, "index")) return Value();
  const auto& range = *args[0].as<RangeObject>();
  std::int64_t at = is_exact_int(vm, args[1]) ? range_position(vm, range, args[1])
                                              : range_search(vm, range, args[1], false);
  if (at >= 0) return vm.make_int(at);
  if (at == -2) return Value();
  if (!is_exact_int(vm, args[1])) return vm.value_error("sequence.index(x): x not in sequence");
  auto text = vm.repr_text(args[1]);
  if (!text) return Value();
  return vm.value_error(*text + " is not in range");
}

Value range_count(VM& vm, CallArgs args) {
  if (!range_receiver(vm, args, "count")) return Value();
  const auto& range = *args[0].as<RangeObject>();
  if (is_exact_int(vm, args[1])) return vm.make_int(range_position(vm, range, args[1]) >= 0);
  std::int64_t count = range_search(vm, range, args[1], true);
  return count == -2 ? Value() : vm.make_int(count);
}

// ---- Registration -------------------------------------------------------------------------------

// Methods both set and frozenset have.
template <Self S>
void install_set_like(VM& vm, Type* type) {
  vm.add_method(type, "copy", set_copy_method<S>);
  vm.add_method(type, "union", set_union<S>);
  vm.add_method(type, "intersection", set_intersection<S>);
  vm.add_method(type, "difference", set_difference<S>);
  vm.add_method(type, "symmetric_difference", set_symmetric_difference<S>);
  vm.add_method(type, "issubset", set_issubset<S>);
  vm.add_method(type, "issuperset", set_issuperset<S>);
  vm.add_method(type, "isdisjoint", set_isdisjoint<S>);
}

}  // namespace

Value list_sort(VM& vm, List& list, const Value& key, bool reverse) {
  // As in CPython the list is empty while it is sorted: a key function or comparison that looks
  // at it sees [], and one that changes it is reported afterwards.
  std::vector<Value> items = std::move(list.items);
  list.items = std::vector<Value>();
  bool ok = key && !vm.is_none(key) ? sort_by_key(vm, items, key, reverse)
                                    : sort_items(vm, items, reverse);
  bool modified = list.items.capacity() != 0;
  std::vector<Value> added_meanwhile = std::move(list.items);
  list.items = std::move(items);
  if (!ok) return Value();
  if (modified) return vm.value_error("list modified during sort");
  return vm.none();
}

Value set_binary(VM& vm, const Value& a, const Value& b, int op) {
  bool inplace = op >= kInplaceOffset;
  if (inplace) op -= kInplaceOffset;
  if (op != kOr && op != kAnd && op != kSub && op != kXor) return vm.not_implemented();
  bool a_set = is_any_set(vm, a), b_set = is_any_set(vm, b);
  if (!a_set || !b_set) {
    bool a_view = !a_set && set_like(vm, a).valid(), b_view = !b_set && set_like(vm, b).valid();
    return a_view || b_view ? view_binary(vm, a, b, op) : vm.not_implemented();
  }
  if (inplace && !is_frozen(vm, a)) {
    bool ok = op == kOr    ? merge_into(vm, a, b)
              : op == kAnd ? intersect_into(vm, a, b)
              : op == kSub ? subtract_from(vm, a, b)
                           : toggle_from(vm, a, b);
    return ok ? a : Value();
  }
  switch (op) {
    case kOr: {
      Value result = copy_set(vm, a);
      if (a.is(b)) return result;  // set_or: no merge (which could resize)
      return merge_into(vm, result, b) ? result : Value();
    }
    case kAnd:
      return intersect(vm, a, b);
    case kSub:
      return subtract(vm, a, b);
    default:
      return symmetric_difference(vm, a, b);
  }
}

int set_compare(VM& vm, const Value& a, const Value& b, CompareOp op) {
  SetLike x = set_like(vm, a), y = set_like(vm, b);
  if (!x.valid() || !y.valid()) return -2;
  std::size_t nx = x.size(), ny = y.size();
  switch (op) {
    case kEq:
      return nx == ny ? all_contained(vm, x, y) : 0;
    case kNe: {
      int equal = nx == ny ? all_contained(vm, x, y) : 0;
      return equal < 0 ? -1 : !equal;
    }
    case kLe:
      return nx <= ny ? all_contained(vm, x, y) : 0;
    case kLt:
      return nx < ny ? all_contained(vm, x, y) : 0;
    case kGe:
      return ny <= nx ? all_contained(vm, y, x) : 0;
    case kGt:
      return ny < nx ? all_contained(vm, y, x) : 0;
  }
  return -2;
}

bool set_update_from(VM& vm, const Value& set, const Value& iterable) {
  return merge_into(vm, set, iterable);
}

bool dict_update_from(VM& vm, Dict& target, const Value& source) {
  if (iterates_as_dict(vm, source)) return merge_dict(vm, target, dict_of(source));
  Value keys = vm.get_attr_opt(source, vm.intern("keys"));
  if (keys) return merge_mapping(vm, target, source, keys);
  if (vm.has_pending_exception()) return false;
  return merge_pairs(vm, target, source);
}

// The container protocol's dunders of the built-in sequences, mappings and sets, for programs
// that call them or ask for them (`hasattr(x, "__iter__")`, `x.__len__()`). The protocols do
// the work inline and never call these (is_core_native); they run the same built-in operation.
// Most are CPython's slot wrappers, whose argument errors read "expected 1 argument, got 0";
// list.__getitem__ and the sets' and dict's __contains__ are methods there ("takes exactly one
// argument (0 given)").
namespace {

enum class Slot : std::uint8_t { Len, Iter, Contains, GetItem, Next };

template <Slot slot, bool is_method>
Value container_slot(VM& vm, CallArgs args) {
  constexpr std::string_view names[] = {"__len__", "__iter__", "__contains__", "__getitem__",
                                        "__next__"};
  constexpr std::string_view name = names[static_cast<int>(slot)];
  constexpr std::size_t expected = slot == Slot::Contains || slot == Slot::GetItem ? 1 : 0;
  const std::size_t given = args.nargs - 1;  // VM::call or the method call supplied self
  if (args.nkw != 0 || given != expected) {
    if (is_method) {
      CallArgs rest = without_self(args);
      check_arity(vm, rest, std::string(vm.type_name(args[0])) + "." + std::string(name), 1, 1);
    } else if (args.nkw != 0) {
      vm.type_error("wrapper " + std::string(name) + "() takes no keyword arguments");
    } else {
      vm.type_error("expected " + std::to_string(expected) + " argument" +
                    (expected == 1 ? "" : "s") + ", got " + std::to_string(given));
    }
    return Value();
  }
  switch (slot) {
    case Slot::Len:
      return builtin_length(vm, args[0]);
    case Slot::Iter:
      return vm.type_index(args[0]) == kIteratorType ? args[0] : builtin_iter(vm, args[0]);
    case Slot::Contains:
      return builtin_contains(vm, args[0], args[1]);
    case Slot::GetItem:
      return builtin_get_item(vm, args[0], args[1]);
    case Slot::Next: {
      // The built-in iterators: null without an exception when exhausted.
      Value item = builtin_next(vm, args[0]);
      if (!item && !vm.has_pending_exception()) vm.raise(Value(vm.exc().StopIteration));
      return item;
    }
  }
  return Value();
}

// Their operator dunders (`list.__add__`, `str.__lt__`, `set.__or__`, `tuple.__hash__`), for a
// subclass's super() call or an explicit call: the built-in operation, NotImplemented for an
// operand the type does not take. One native for all, its operator in NativeFunction::data:
// the OperatorSlot in the bits above 8, the CompareOp or BinaryOp below.
enum class OperatorSlot : std::uint8_t { Compare, Binary, Reflected, Hash };

Value operator_slot(VM& vm, CallArgs args) {
  const std::int64_t code = vm.native_called->data.small_value();
  const auto slot = static_cast<OperatorSlot>(code >> 8);
  const int op = static_cast<int>(code & 0xff);
  const std::size_t expected = slot == OperatorSlot::Hash ? 0 : 1;
  if (args.nkw != 0)
    return vm.type_error("wrapper " + vm.native_called->name + "() takes no keyword arguments");
  if (args.nargs - 1 != expected) {
    return vm.type_error("expected " + std::to_string(expected) + " argument" +
                         (expected == 1 ? "" : "s") + ", got " + std::to_string(args.nargs - 1));
  }
  switch (slot) {
    case OperatorSlot::Compare:
      return builtin_compare(vm, args[0], args[1], op);
    case OperatorSlot::Binary:
      return builtin_binary(vm, args[0], args[1], op, false);
    case OperatorSlot::Reflected:
      return builtin_binary(vm, args[1], args[0], op, true);
    case OperatorSlot::Hash:
      break;
  }
  // The value as its exact built-in type, so that a subclass's own __hash__ is not called.
  const Value& self = args[0];
  Value exact;
  switch (vm.type_of(self)->layout) {
    case Layout::Str:
      exact = vm.make_str(VM::str_text(self));
      break;
    case Layout::Bytes:
      exact = vm.make_bytes(self.as<BytesObject>()->data);
      break;
    case Layout::Int:
    case Layout::Bool:
      exact = vm.make_int(vm.to_bigint(self));
      break;
    case Layout::Float:
      exact = vm.make_float(self.as<FloatObject>()->value);
      break;
    default:
      exact = vm.make_tuple(self.as<Tuple>()->items);
      break;
  }
  std::int64_t hash;
  if (!vm.hash(exact, hash)) return Value();
  return vm.make_int(hash);
}

void add_operator_slot(VM& vm, Type* type, std::string_view name, OperatorSlot slot, int op) {
  vm.add_method(type, name, operator_slot);
  Value entry = vm.dict_get_item(*type->dict.as<Dict>(), name);
  entry.as<NativeFunction>()->data = Value::small((static_cast<std::int64_t>(slot) << 8) | op);
}

void install_operator_slots(VM& vm) {
  static constexpr std::string_view kCompareNames[] = {"__lt__", "__le__", "__eq__",
                                                       "__ne__", "__gt__", "__ge__"};
  for (std::uint32_t index : {kStrType, kBytesType, kListType, kTupleType, kRangeType, kDictType,
                              kSetType, kFrozenSetType}) {
    for (int op = kLt; op <= kGe; ++op)
      add_operator_slot(vm, vm.type(index), kCompareNames[op], OperatorSlot::Compare, op);
  }
  // object's and complex's orderings are NotImplemented (their __eq__ and __ne__ exist).
  for (std::uint32_t index : {kObjectType, kComplexType}) {
    for (int op : {kLt, kLe, kGt, kGe})
      add_operator_slot(vm, vm.type(index), kCompareNames[op], OperatorSlot::Compare, op);
  }
  // int's and float's too, so that int's hash comes before a later base's __hash__ in a
  // subclass's MRO (IntEnum's members hash as their values, not as Enum's members do).
  for (std::uint32_t index : {kIntType, kFloatType, kStrType, kBytesType, kTupleType})
    add_operator_slot(vm, vm.type(index), "__hash__", OperatorSlot::Hash, 0);
  for (std::uint32_t index : {kStrType, kBytesType, kListType, kTupleType}) {
    Type* type = vm.type(index);
    add_operator_slot(vm, type, "__add__", OperatorSlot::Binary, kAdd);
    add_operator_slot(vm, type, "__mul__", OperatorSlot::Binary, kMul);
    add_operator_slot(vm, type, "__rmul__", OperatorSlot::Reflected, kMul);
  }
  add_operator_slot(vm, vm.type(kStrType), "__mod__", OperatorSlot::Binary, kMod);
  add_operator_slot(vm, vm.type(kStrType), "__rmod__", OperatorSlot::Reflected, kMod);
  add_operator_slot(vm, vm.type(kDictType), "__or__", OperatorSlot::Binary, kOr);
  add_operator_slot(vm, vm.type(kDictType), "__ror__", OperatorSlot::Reflected, kOr);
  static constexpr std::pair<std::string_view, int> kSetOperators[] = {
      {"__and__", kAnd}, {"__or__", kOr}, {"__sub__", kSub}, {"__xor__", kXor}};
  for (std::uint32_t index : {kSetType, kFrozenSetType}) {
    for (const auto& [name, op] : kSetOperators) {
      add_operator_slot(vm, vm.type(index), name, OperatorSlot::Binary, op);
      const std::string reflected = "__r" + std::string(name.substr(2));
      add_operator_slot(vm, vm.type(index), reflected, OperatorSlot::Reflected, op);
    }
  }
}

void install_container_slots(VM& vm) {
  for (std::uint32_t index : {kStrType, kBytesType, kListType, kTupleType, kRangeType, kDictType,
                              kSetType, kFrozenSetType}) {
    Type* type = vm.type(index);
    const bool set_or_dict = index == kDictType || index == kSetType || index == kFrozenSetType;
    vm.add_method(type, "__len__", container_slot<Slot::Len, false>);
    vm.add_method(type, "__iter__", container_slot<Slot::Iter, false>);
    vm.add_method(
        type, "__contains__",
        set_or_dict ? container_slot<Slot::Contains, true> : container_slot<Slot::Contains, false>);
    if (index != kDictType && !set_or_dict) {
      vm.add_method(type, "__getitem__",
                    index == kListType ? container_slot<Slot::GetItem, true>
                                       : container_slot<Slot::GetItem, false>);
    }
  }
  Type* iterator = vm.type(kIteratorType);
  vm.add_method(iterator, "__iter__", container_slot<Slot::Iter, false>);
  vm.add_method(iterator, "__next__", container_slot<Slot::Next, false>);
}

}  // namespace

void install_container_methods(VM& vm) {
  install_container_slots(vm);
  install_operator_slots(vm);
  // The mutable containers are unhashable, and say so as CPython's do: list.__hash__ is None
  // (dataclasses reads it to refuse a mutable default), and so a subclass's instances too.
  for (std::uint32_t index : {kListType, kDictType, kSetType}) {
    vm.dict_set_item(*vm.type(index)->dict.as<Dict>(), "__hash__", vm.none());
  }
  Type* list = vm.type(kListType);
  vm.add_method(list, "append", list_append);
  vm.add_method(list, "extend", list_extend);
  vm.add_method(list, "insert", list_insert);
  vm.add_method(list, "pop", list_pop);
  vm.add_method(list, "remove", list_remove);
  vm.add_method(list, "index", list_index);
  vm.add_method(list, "count", list_count);
  vm.add_method(list, "sort", list_sort_method);
  vm.add_method(list, "reverse", list_reverse);
  vm.add_method(list, "copy", list_copy);
  vm.add_method(list, "clear", list_clear);

  Type* tuple = vm.type(kTupleType);
  vm.add_method(tuple, "index", tuple_index);
  vm.add_method(tuple, "count", tuple_count);

  Type* range = vm.type(kRangeType);
  vm.add_method(range, "index", range_index);
  vm.add_method(range, "count", range_count);

  Type* dict = vm.type(kDictType);
  vm.add_method(dict, "get", dict_get);
  vm.add_method(dict, "__getitem__", dict_getitem_method);
  vm.add_method(dict, "__setitem__", dict_setitem_method);
  vm.add_method(dict, "__delitem__", dict_delitem_method);
  vm.add_method(dict, "setdefault", dict_setdefault);
  vm.add_method(dict, "pop", dict_pop);
  vm.add_method(dict, "popitem", dict_popitem);
  vm.add_method(dict, "keys", dict_keys);
  vm.add_method(dict, "values", dict_values);
  vm.add_method(dict, "items", dict_items);
  vm.add_method(dict, "update", dict_update);
  vm.add_classmethod(dict, "fromkeys", dict_fromkeys);
  vm.add_method(dict, "copy", dict_copy);
  vm.add_method(dict, "clear", dict_clear);

  Type* set = vm.type(kSetType);
  install_set_like<Self::Set>(vm, set);
  vm.add_method(set, "add", set_add);
  vm.add_method(set, "discard", set_discard);
  vm.add_method(set, "remove", set_remove);
  vm.add_method(set, "pop", set_pop);
  vm.add_method(set, "clear", set_clear);
  vm.add_method(set, "update", set_update);
  vm.add_method(set, "intersection_update", set_intersection_update);
  vm.add_method(set, "difference_update", set_difference_update);
  vm.add_method(set, "symmetric_difference_update", set_symmetric_difference_update);
  install_set_like<Self::FrozenSet>(vm, vm.type(kFrozenSetType));
}

}  // namespace py
