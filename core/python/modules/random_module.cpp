// random: Lib/random.py's Random class and module functions over the Mersenne Twister of
// random_engine.hpp, which draws the same words as CPython 3.11 — so every seed gives CPython's
// sequences. Integer arguments of any size work: ranges beyond 64 bits go through the engine's
// word-based randbelow, and the VM's int arithmetic.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "modules/modules.hpp"
#include "modules/random_engine.hpp"

namespace py {
namespace {

using modules::after_self;
using random::MersenneTwister;

struct RandomTypes {
  Type* random = nullptr;
};

RandomTypes& types_of(const VM& vm) {
  return modules::module_state<RandomTypes>(vm);
}

// An Instance, so that subclasses of Random have a __dict__.
struct RandomObject : Instance {
  MersenneTwister generator;
};

MersenneTwister& generator_of(const Value& self) {
  return self.as<RandomObject>()->generator;
}

// ---- Conversions -------------------------------------------------------------------------------

Value raise_error(VM& vm, const random::Error& error) {
  const ExceptionTypes& exc = vm.exc();
  Type* type = error.type == "IndexError"          ? exc.IndexError
               : error.type == "OverflowError"     ? exc.OverflowError
               : error.type == "TypeError"         ? exc.TypeError
               : error.type == "ZeroDivisionError" ? exc.ZeroDivisionError
                                                   : exc.ValueError;
  return vm.raise(type, error.message);
}

// The value of an engine result, or false with its error raised.
template <class T>
bool unwrap(VM& vm, random::Result<T> result, T& out) {
  if (auto* error = std::get_if<random::Error>(&result)) {
    raise_error(vm, *error);
    return false;
  }
  out = std::move(std::get<T>(result));
  return true;
}

Value float_result(VM& vm, random::Result<double> result) {
  double value;
  return unwrap(vm, std::move(result), value) ? vm.make_float(value) : Value();
}

// The sign of an int Value: -1, 0, 1, or -2 if the comparison raised.
int sign_of(VM& vm, const Value& n) {
  if (n.is_small()) return (n.small_value() > 0) - (n.small_value() < 0);
  Value negative = vm.rich_compare(n, Value::small(0), kLt);
  if (!negative) return -2;
  if (negative.is(vm.true_value())) return -1;
  int nonzero = vm.truthy(n);
  return nonzero < 0 ? -2 : nonzero;
}

// abs(n) as little-endian 32-bit words.
bool words_of(VM& vm, const Value& n, std::vector<std::uint32_t>& words) {
  words.clear();
  std::int64_t small;
  if (vm.to_int64(n, small)) {
    auto magnitude = static_cast<std::uint64_t>(small);
    if (small < 0) magnitude = 0 - magnitude;
    words = {static_cast<std::uint32_t>(magnitude), static_cast<std::uint32_t>(magnitude >> 32)};
    return true;
  }
  int sign = sign_of(vm, n);
  Value rest = sign == -2 ? Value() : sign < 0 ? vm.unary_op(n, kNeg) : n;
  const Value mask = vm.make_int(0xffffffff), shift = Value::small(32);
  while (rest) {
    int more = vm.truthy(rest);
    if (more <= 0) return more == 0;
    Value word = vm.binary_op(rest, mask, kAnd);
    std::int64_t bits;
    if (!word || !vm.to_int64(word, bits)) return false;
    words.push_back(static_cast<std::uint32_t>(bits));
    rest = vm.binary_op(rest, shift, kRShift);
  }
  return false;
}

// The non-negative int whose little-endian 32-bit words these are.
Value int_from_words(VM& vm, std::span<const std::uint32_t> words) {
  while (!words.empty() && words.back() == 0) words = words.first(words.size() - 1);
  if (words.size() <= 2) {
    std::uint64_t value = 0;
    for (std::size_t i = words.size(); i-- > 0;) value = value << 32 | words[i];
    if (value <= static_cast<std::uint64_t>(INT64_MAX)) {
      return vm.make_int(static_cast<std::int64_t>(value));
    }
  }
  Value result = Value::small(0);
  const Value shift = Value::small(32);
  for (std::size_t i = words.size(); i-- > 0 && result;) {
    Value shifted = vm.binary_op(result, shift, kLShift);
    result = shifted ? vm.binary_op(shifted, vm.make_int(words[i]), kOr) : Value();
  }
  return result;
}

// _randbelow(n) for an int n > 0.
Value randbelow(VM& vm, MersenneTwister& generator, const Value& n) {
  std::int64_t small;
  if (vm.to_int64(n, small)) {
    return vm.make_int(
        static_cast<std::int64_t>(generator.randbelow(static_cast<std::uint64_t>(small))));
  }
  std::vector<std::uint32_t> words;
  if (!words_of(vm, n, words)) return {};
  return int_from_words(vm, generator.randbelow(words));
}

bool to_double(VM& vm, const Value& v, double& out) {
  return vm.to_double(v, out);
}

// An optional float argument.
bool real_or(VM& vm, const Value& v, double fallback, double& out) {
  if (!v) {
    out = fallback;
    return true;
  }
  return to_double(vm, v, out);
}

// ---- Seeding and state -------------------------------------------------------------------------

// Decodes UTF-8 into code points (seed version 1 hashes characters).
std::vector<std::uint32_t> code_points(std::string_view text) {
  std::vector<std::uint32_t> points;
  for (std::size_t i = 0; i < text.size();) {
    auto byte = static_cast<unsigned char>(text[i]);
    int length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4;
    std::uint32_t point = length == 1 ? byte : byte & (0x7F >> length);
    for (int k = 1; k < length && i + k < text.size(); ++k) {
      point = point << 6 | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    }
    points.push_back(point);
    i += length;
  }
  return points;
}

// seed(a, version=1) of a str or bytes: Python 2's string hash.
void seed_version_1(MersenneTwister& generator, const std::vector<std::uint32_t>& chars) {
  std::uint64_t x = chars.empty() ? 0 : std::uint64_t{chars[0]} << 7;
  for (std::uint32_t c : chars) x = (1000003 * x) ^ c;
  x ^= chars.size();
  const std::uint32_t words[2] = {static_cast<std::uint32_t>(x),
                                  static_cast<std::uint32_t>(x >> 32)};
  generator.seed_from_words(words);
}

// Random.seed: str and bytes hashed (version 2) or Python 2's way (version 1), ints by their
// absolute value, None from the clock, floats (and other str/bytes) by their hash.
bool seed(VM& vm, MersenneTwister& generator, const Value& a, const Value& version_value) {
  std::int64_t version = 2;
  if (version_value && vm.is_int(version_value) && !vm.to_int64(version_value, version)) {
    version = 0;  // a huge int is neither version 1 nor 2
  }
  if (!a || vm.is_none(a)) {
    generator.seed_from_time_and_pid();
    return true;
  }
  const bool is_str = vm.is_instance(a, vm.type(kStrType));
  const bool is_bytes = vm.is_instance(a, vm.type(kBytesType));
  if ((is_str || is_bytes) && (version == 1 || version == 2)) {
    const std::string& data = is_str ? VM::str_text(a) : a.as<BytesObject>()->data;
    if (version == 2) {
      generator.seed_from_string(data);
      return true;
    }
    std::vector<std::uint32_t> chars;
    if (is_str) {
      chars = code_points(data);
    } else {
      for (char byte : data) chars.push_back(static_cast<unsigned char>(byte));
    }
    seed_version_1(generator, chars);
    return true;
  }
  if (vm.is_int(a)) {
    std::vector<std::uint32_t> words;
    if (!words_of(vm, a, words)) return false;
    generator.seed_from_words(words);
    return true;
  }
  if (!is_str && !is_bytes && !vm.is_instance(a, vm.type(kFloatType))) {
    vm.type_error(
        "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    return false;
  }
  std::int64_t hash;
  if (!vm.hash(a, hash)) return false;
  generator.seed_from_hash(hash);
  return true;
}

Value random_seed(VM& vm, CallArgs args) {
  Value bound[2];
  if (!bind_args(vm, after_self(args), "seed", {"a", "version"}, 0, bound)) return {};
  return seed(vm, generator_of(args[0]), bound[0], bound[1]) ? vm.none() : Value();
}

Value random_new(VM&, CallArgs args) {
  auto* object = new RandomObject;
  object->set_user_tag(args[0].as<Type>()->index);
  return Value(object);
}

Value random_init(VM& vm, CallArgs args) {
  Value x;
  if (!bind_args(vm, after_self(args), "Random", {"x"}, 0, &x)) return {};
  Value seed_method = vm.get_attr(args[0], "seed");
  if (!seed_method) return {};
  return vm.call(seed_method, {x ? x : vm.none()}) ? vm.none() : Value();
}

constexpr std::int64_t kStateVersion = 3;

Value random_getstate(VM& vm, CallArgs args) {
  MersenneTwister::State state = generator_of(args[0]).state();
  std::vector<Value> internal;
  for (std::uint32_t word : state.words) internal.push_back(vm.make_int(word));
  internal.push_back(vm.make_int(state.index));
  Value gauss = state.gauss_next ? vm.make_float(*state.gauss_next) : vm.none();
  return vm.make_tuple({vm.make_int(kStateVersion), vm.make_tuple(std::move(internal)), gauss});
}

Value random_setstate(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "setstate", 1, 1)) return {};
  std::vector<Value> outer;
  if (!vm.collect(args[1], outer)) return {};
  std::int64_t version = -1;
  if (outer.empty() || !vm.to_int64(outer[0], version) || version != kStateVersion) {
    auto text = outer.empty() ? std::optional<std::string>("?") : vm.repr_text(outer[0]);
    if (!text) return {};
    return vm.value_error("state with version " + *text +
                          " passed to Random.setstate() of version 3");
  }
  if (outer.size() != 3) return vm.value_error("too many values to unpack (expected 3)");
  if (vm.type_index(outer[1]) != kTupleType) return vm.type_error("state vector must be a tuple");
  const std::vector<Value>& internal = outer[1].as<Tuple>()->items;
  MersenneTwister::State state;
  if (internal.size() != state.words.size() + 1) {
    return vm.value_error("state vector is the wrong size");
  }
  for (std::size_t i = 0; i <= state.words.size(); ++i) {
    std::int64_t element;
    if (!vm.to_index(internal[i], element)) return {};
    if (i < state.words.size()) {
      state.words[i] = static_cast<std::uint32_t>(element);
    } else {
      state.index = element < 0 || element > INT32_MAX ? -1 : static_cast<int>(element);
    }
  }
  if (!vm.is_none(outer[2])) {
    double gauss;
    if (!to_double(vm, outer[2], gauss)) return {};
    state.gauss_next = gauss;
  }
  if (auto error = generator_of(args[0]).set_state(state)) return raise_error(vm, *error);
  return vm.none();
}

// ---- Integers ----------------------------------------------------------------------------------

Value random_random(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "random", 0, 0)) return {};
  return vm.make_float(generator_of(args[0]).random());
}

Value random_getrandbits(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "getrandbits", 1, 1)) return {};
  std::int64_t k;
  std::vector<std::uint32_t> words;
  if (!vm.to_index(args[1], k) || !unwrap(vm, generator_of(args[0]).getrandbits(k), words)) {
    return {};
  }
  return int_from_words(vm, words);
}

Value random_randbytes(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "randbytes", 1, 1)) return {};
  std::int64_t n;
  std::vector<std::uint8_t> bytes;
  if (!vm.to_index(args[1], n) || !unwrap(vm, generator_of(args[0]).randbytes(n), bytes)) return {};
  return vm.make_bytes(std::string(bytes.begin(), bytes.end()));
}

Value random_randbelow(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "_randbelow", 1, 1)) return {};
  return randbelow(vm, generator_of(args[0]), args[1]);
}

// A randrange argument: an int, or (deprecated) an integral number such as 3.0.
Value integer_argument(VM& vm, const Value& v, std::string_view what) {
  if (vm.is_int(v)) return v;
  if (vm.lookup_in_type(vm.type_of(v), "__index__")) {
    std::int64_t unused;
    if (!vm.to_index(v, unused)) return {};
    return vm.call(Value(vm.type(kIntType)), {v});
  }
  Value as_int = vm.call(Value(vm.type(kIntType)), {v});
  if (!as_int) return {};
  int equal = vm.equal(as_int, v);
  if (equal < 0) return {};
  if (!equal) return vm.value_error("non-integer " + std::string(what) + " for randrange()");
  return as_int;
}

std::string int_text(VM& vm, const Value& v) {
  return vm.str_text_of(v).value_or("?");
}

// Lib/random.py's randrange, in Python ints.
Value randrange(VM& vm, MersenneTwister& generator, const Value& start, const Value& stop,
                const Value& step) {
  Value istart = integer_argument(vm, start, "arg 1");
  if (!istart) return {};
  if (!stop || vm.is_none(stop)) {
    if (step) return vm.type_error("Missing a non-None stop argument");
    int sign = sign_of(vm, istart);
    if (sign == -2) return {};
    if (sign > 0) return randbelow(vm, generator, istart);
    return vm.value_error("empty range for randrange()");
  }
  Value istop = integer_argument(vm, stop, "stop");
  Value width = istop ? vm.binary_op(istop, istart, kSub) : Value();
  Value istep = width ? (step ? integer_argument(vm, step, "step") : Value::small(1)) : Value();
  if (!istep) return {};
  int step_sign = sign_of(vm, istep);
  if (step_sign == -2) return {};
  std::int64_t step_value = 0;
  if (vm.to_int64(istep, step_value) && step_value == 1) {
    int sign = sign_of(vm, width);
    if (sign == -2) return {};
    if (sign > 0) {
      Value offset = randbelow(vm, generator, width);
      return offset ? vm.binary_op(istart, offset, kAdd) : Value();
    }
    return vm.value_error("empty range for randrange() (" + int_text(vm, istart) + ", " +
                          int_text(vm, istop) + ", " + int_text(vm, width) + ")");
  }
  if (step_sign == 0) return vm.value_error("zero step for randrange()");
  // n = (width + step - 1) // step, or (width + step + 1) // step for a negative step.
  Value adjusted = vm.binary_op(width, istep, kAdd);
  adjusted =
      adjusted ? vm.binary_op(adjusted, Value::small(step_sign > 0 ? 1 : -1), kSub) : Value();
  Value n = adjusted ? vm.binary_op(adjusted, istep, kFloorDiv) : Value();
  int n_sign = n ? sign_of(vm, n) : -2;
  if (n_sign == -2) return {};
  if (n_sign <= 0) return vm.value_error("empty range for randrange()");
  Value r = randbelow(vm, generator, n);
  Value scaled = r ? vm.binary_op(istep, r, kMul) : Value();
  return scaled ? vm.binary_op(istart, scaled, kAdd) : Value();
}

Value random_randrange(VM& vm, CallArgs args) {
  Value bound[3];
  if (!bind_args(vm, after_self(args), "randrange", {"start", "stop", "step"}, 1, bound)) return {};
  return randrange(vm, generator_of(args[0]), bound[0], bound[1], bound[2]);
}

Value random_randint(VM& vm, CallArgs args) {
  Value bound[2];
  if (!bind_args(vm, after_self(args), "randint", {"a", "b"}, 2, bound)) return {};
  Value stop = vm.binary_op(bound[1], Value::small(1), kAdd);
  return stop ? randrange(vm, generator_of(args[0]), bound[0], stop, Value()) : Value();
}

// ---- Sequences ---------------------------------------------------------------------------------

Value item_at(VM& vm, const Value& sequence, std::size_t index) {
  return vm.get_item(sequence, vm.make_int(static_cast<std::int64_t>(index)));
}

Value random_choice(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "choice", 1, 1)) return {};
  std::int64_t length;
  std::size_t index;
  if (!vm.length(args[1], length) ||
      !unwrap(vm, generator_of(args[0]).choice(static_cast<std::size_t>(length)), index)) {
    return {};
  }
  return item_at(vm, args[1], index);
}

// list(itertools.accumulate(values)): running sums with Python's +.
bool accumulate(VM& vm, const Value& values, std::vector<Value>& sums) {
  return vm.for_each(values, [&](Value value) {
    Value sum = sums.empty() ? value : vm.binary_op(sums.back(), value, kAdd);
    if (!sum) return false;
    sums.push_back(std::move(sum));
    return true;
  });
}

Value random_choices(VM& vm, CallArgs args) {
  Value bound[4];
  if (!bind_args(vm, after_self(args), "choices", {"population", "weights", "cum_weights", "k"}, 1,
                 bound)) {
    return {};
  }
  const Value &population = bound[0], &weights = bound[1];
  Value cum_weights = bound[2] && !vm.is_none(bound[2]) ? bound[2] : Value();
  std::int64_t length, k = 1;
  if (!vm.length(population, length)) return {};
  if (bound[3] && !vm.to_index(bound[3], k)) return {};
  const auto count = static_cast<std::size_t>(std::max<std::int64_t>(k, 0));
  MersenneTwister& generator = generator_of(args[0]);
  std::vector<std::size_t> picks;
  const bool has_weights = weights && !vm.is_none(weights);
  if (!cum_weights && !has_weights) {
    picks = generator.choices(static_cast<std::size_t>(length), count);
  } else {
    if (cum_weights && has_weights) {
      return vm.type_error("Cannot specify both weights and cumulative weights");
    }
    std::vector<Value> sums;
    if (cum_weights) {
      if (!vm.collect(cum_weights, sums)) return {};
    } else if (!accumulate(vm, weights, sums)) {
      if (!vm.pending_is(vm.exc().TypeError) || !vm.is_int(weights)) return {};
      vm.take_exception();
      return vm.type_error("The number of choices must be a keyword argument: k=" +
                           int_text(vm, weights));
    }
    std::vector<double> totals(sums.size());
    for (std::size_t i = 0; i < sums.size(); ++i) {
      if (!to_double(vm, sums[i], totals[i])) return {};
    }
    if (!unwrap(vm, generator.choices(static_cast<std::size_t>(length), totals, count), picks)) {
      return {};
    }
  }
  std::vector<Value> chosen;
  for (std::size_t index : picks) {
    Value item = item_at(vm, population, index);
    if (!item) return {};
    chosen.push_back(std::move(item));
  }
  return vm.make_list(std::move(chosen));
}

Value random_shuffle(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "shuffle", 1, 1)) return {};
  const Value& x = args[1];
  MersenneTwister& generator = generator_of(args[0]);
  if (vm.type_of(x)->layout == Layout::List) {
    std::vector<Value>& items = x.as<List>()->items;
    generator.shuffle(std::span<Value>(items));
    return vm.none();
  }
  // Any other mutable sequence: the same swaps through __getitem__ / __setitem__.
  std::int64_t length;
  if (!vm.length(x, length)) return {};
  for (std::int64_t i = length - 1; i >= 1; --i) {
    auto j = static_cast<std::int64_t>(generator.randbelow(static_cast<std::uint64_t>(i) + 1));
    Value a = vm.get_item(x, vm.make_int(i));
    Value b = a ? vm.get_item(x, vm.make_int(j)) : Value();
    if (!b || !vm.set_item(x, vm.make_int(i), b) || !vm.set_item(x, vm.make_int(j), a)) return {};
  }
  return vm.none();
}

// isinstance(population, collections.abc.Sequence), for the sequences this VM has.
bool is_sequence(VM& vm, const Value& v) {
  Type* type = vm.type_of(v);
  switch (type->layout) {
    case Layout::Str:
    case Layout::Bytes:
    case Layout::Tuple:
    case Layout::List:
    case Layout::Range:
      return true;
    default:
      break;
  }
  for (const Type* base : type->mro) {
    if (base->name == "deque" && base->module == "collections") return true;
  }
  return false;
}

Value random_sample(VM& vm, CallArgs args) {
  Value bound[3];
  if (!bind_args(vm, after_self(args), "sample", {"population", "k", "counts"}, 2, bound))
    return {};
  const Value& population = bound[0];
  if (!is_sequence(vm, population)) {
    return vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).");
  }
  std::int64_t length, k;
  if (!vm.length(population, length) || !vm.to_index(bound[1], k)) return {};
  MersenneTwister& generator = generator_of(args[0]);
  std::vector<std::size_t> picks;
  if (!bound[2] || vm.is_none(bound[2])) {
    if (!unwrap(vm, generator.sample(static_cast<std::size_t>(length), k), picks)) return {};
  } else {
    // Each element repeated by its count: sample positions in the expanded range, then map
    // each back to its element with bisect_right over the running counts.
    std::vector<Value> sums;
    if (!accumulate(vm, bound[2], sums)) return {};
    if (static_cast<std::int64_t>(sums.size()) != length) {
      return vm.value_error("The number of counts does not match the population");
    }
    Value total_value = sums.empty() ? Value() : sums.back();
    if (!total_value) return vm.index_error("pop from empty list");
    if (!vm.is_int(total_value)) return vm.type_error("Counts must be integers");
    std::vector<std::int64_t> cumulative(sums.size());
    for (std::size_t i = 0; i < sums.size(); ++i) {
      if (!vm.to_int64(sums[i], cumulative[i])) return {};
    }
    std::int64_t total = cumulative.back();
    if (total <= 0) return vm.value_error("Total of counts must be greater than zero");
    cumulative.pop_back();
    std::vector<std::size_t> positions;
    if (!unwrap(vm, generator.sample(static_cast<std::size_t>(total), k), positions)) return {};
    for (std::size_t position : positions) {
      auto upper = std::upper_bound(cumulative.begin(), cumulative.end(),
                                    static_cast<std::int64_t>(position));
      picks.push_back(static_cast<std::size_t>(upper - cumulative.begin()));
    }
  }
  std::vector<Value> chosen;
  for (std::size_t index : picks) {
    Value item = item_at(vm, population, index);
    if (!item) return {};
    chosen.push_back(std::move(item));
  }
  return vm.make_list(std::move(chosen));
}

// ---- Real distributions ------------------------------------------------------------------------

// Binds `names` (the first `required` of them mandatory) as floats, defaults filling the rest.
bool reals(VM& vm, CallArgs args, std::string_view function,
           std::initializer_list<const char*> names, std::size_t required,
           std::initializer_list<double> defaults, double* out) {
  Value bound[3];
  if (!bind_args(vm, after_self(args), function, names, required, bound)) return false;
  auto fallback = defaults.begin();
  for (std::size_t i = 0; i < names.size(); ++i) {
    double value = i < required ? 0.0 : *fallback++;
    if (!real_or(vm, bound[i], value, out[i])) return false;
  }
  return true;
}

Value random_uniform(VM& vm, CallArgs args) {
  double x[2];
  if (!reals(vm, args, "uniform", {"a", "b"}, 2, {}, x)) return {};
  return vm.make_float(generator_of(args[0]).uniform(x[0], x[1]));
}

Value random_triangular(VM& vm, CallArgs args) {
  Value bound[3];
  if (!bind_args(vm, after_self(args), "triangular", {"low", "high", "mode"}, 0, bound)) return {};
  double low, high, mode = 0.0;
  if (!real_or(vm, bound[0], 0.0, low) || !real_or(vm, bound[1], 1.0, high)) return {};
  const bool has_mode = bound[2] && !vm.is_none(bound[2]);
  if (has_mode && !to_double(vm, bound[2], mode)) return {};
  return vm.make_float(generator_of(args[0]).triangular(
      low, high, has_mode ? std::optional<double>(mode) : std::nullopt));
}

Value random_normalvariate(VM& vm, CallArgs args) {
  double x[2];
  if (!reals(vm, args, "normalvariate", {"mu", "sigma"}, 0, {0.0, 1.0}, x)) return {};
  return vm.make_float(generator_of(args[0]).normalvariate(x[0], x[1]));
}

Value random_gauss(VM& vm, CallArgs args) {
  double x[2];
  if (!reals(vm, args, "gauss", {"mu", "sigma"}, 0, {0.0, 1.0}, x)) return {};
  return vm.make_float(generator_of(args[0]).gauss(x[0], x[1]));
}

Value random_lognormvariate(VM& vm, CallArgs args) {
  double x[2];
  if (!reals(vm, args, "lognormvariate", {"mu", "sigma"}, 2, {}, x)) return {};
  return float_result(vm, generator_of(args[0]).lognormvariate(x[0], x[1]));
}

Value random_expovariate(VM& vm, CallArgs args) {
  double x[1];
  if (!reals(vm, args, "expovariate", {"lambd"}, 1, {}, x)) return {};
  return float_result(vm, generator_of(args[0]).expovariate(x[0]));
}

Value random_vonmisesvariate(VM& vm, CallArgs args) {
  double x[2];
  if (!reals(vm, args, "vonmisesvariate", {"mu", "kappa"}, 2, {}, x)) return {};
  return float_result(vm, generator_of(args[0]).vonmisesvariate(x[0], x[1]));
}

Value random_gammavariate(VM& vm, CallArgs args) {
  double x[2];
  if (!reals(vm, args, "gammavariate", {"alpha", "beta"}, 2, {}, x)) return {};
  return float_result(vm, generator_of(args[0]).gammavariate(x[0], x[1]));
}

Value random_betavariate(VM& vm, CallArgs args) {
  double x[2];
  if (!reals(vm, args, "betavariate", {"alpha", "beta"}, 2, {}, x)) return {};
  return float_result(vm, generator_of(args[0]).betavariate(x[0], x[1]));
}

Value random_paretovariate(VM& vm, CallArgs args) {
  double x[1];
  if (!reals(vm, args, "paretovariate", {"alpha"}, 1, {}, x)) return {};
  return float_result(vm, generator_of(args[0]).paretovariate(x[0]));
}

Value random_weibullvariate(VM& vm, CallArgs args) {
  double x[2];
  if (!reals(vm, args, "weibullvariate", {"alpha", "beta"}, 2, {}, x)) return {};
  return float_result(vm, generator_of(args[0]).weibullvariate(x[0], x[1]));
}

// ---- Module ------------------------------------------------------------------------------------

struct Method {
  std::string_view name;
  NativeFn fn;
};

// The methods that are also module functions, bound to the module's hidden Random instance.
constexpr Method kMethods[] = {
    {"seed", random_seed},
    {"random", random_random},
    {"uniform", random_uniform},
    {"triangular", random_triangular},
    {"randint", random_randint},
    {"choice", random_choice},
    {"randrange", random_randrange},
    {"sample", random_sample},
    {"shuffle", random_shuffle},
    {"choices", random_choices},
    {"normalvariate", random_normalvariate},
    {"lognormvariate", random_lognormvariate},
    {"expovariate", random_expovariate},
    {"vonmisesvariate", random_vonmisesvariate},
    {"gammavariate", random_gammavariate},
    {"gauss", random_gauss},
    {"betavariate", random_betavariate},
    {"paretovariate", random_paretovariate},
    {"weibullvariate", random_weibullvariate},
    {"getstate", random_getstate},
    {"setstate", random_setstate},
    {"getrandbits", random_getrandbits},
    {"randbytes", random_randbytes},
};

}  // namespace

bool init_random(VM& vm, Module& module) {
  Type* type = vm.new_builtin_type("Random", vm.type(kObjectType), Layout::Object, "random");
  types_of(vm).random = type;
  vm.add_static(type, "__new__", random_new);
  vm.add_method(type, "__init__", random_init);
  vm.add_method(type, "_randbelow", random_randbelow);
  for (const Method& method : kMethods) vm.add_method(type, method.name, method.fn);
  vm.dict_set_item(*type->dict.as<Dict>(), "VERSION", vm.make_int(kStateVersion));
  if (!modules::add_value(vm, module, "Random", Value(type))) return false;
  Value instance = vm.call(Value(type), {});
  if (!instance || !modules::add_value(vm, module, "_inst", instance)) return false;
  for (const Method& method : kMethods) {
    Value bound = vm.get_attr(instance, method.name);
    if (!bound || !modules::add_value(vm, module, method.name, bound)) return false;
  }
  return true;
}

}  // namespace py
