// random: the native half is CPython's _random.Random — the Mersenne Twister of random_engine.hpp
// and its primitives (seed from None, an int of any size, str or bytes; random(), getrandbits(),
// getstate(), setstate()) — as the class _Random; random.py (from the library archive, run on
// first import) defines random.Random over it and everything else, with Lib/random.py's
// algorithms, so every seed gives CPython's sequences.
#include <climits>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "modules/modules.hpp"
#include "modules/random_engine.hpp"

namespace py {

namespace {

using random::MersenneTwister;

// An Instance, so that subclasses of Random have a __dict__ (gauss_next lives there).
struct RandomObject : Instance {
  MersenneTwister generator;
};

MersenneTwister& generator_of(const Value& self) {
  return self.as<RandomObject>()->generator;
}

// abs(n) as little-endian 32-bit words.
bool words_of(VM& vm, const Value& n, std::vector<std::uint32_t>& words) {
  std::int64_t small;
  if (vm.to_int64(n, small)) {
    auto magnitude = static_cast<std::uint64_t>(small);
    if (small < 0) magnitude = 0 - magnitude;
    words = {static_cast<std::uint32_t>(magnitude), static_cast<std::uint32_t>(magnitude >> 32)};
    return true;
  }
  Value negative = vm.rich_compare(n, Value::small(0), kLt);
  if (!negative) return false;
  Value rest = negative.is(vm.true_value()) ? vm.unary_op(n, kNeg) : n;
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

Value random_new(VM&, CallArgs args) {
  auto* object = new RandomObject;
  object->set_user_tag(args[0].as<Type>()->index);
  return Value(object);
}

// seed(a): None from the clock, an int by its absolute value, anything else by its hash, as
// _random.Random.seed does (Random.seed in random.py turns a str or bytes into an int first).
Value random_seed(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "seed", 0, 1)) return {};
  MersenneTwister& generator = generator_of(args[0]);
  const Value a = args.nargs > 1 ? args[1] : vm.none();
  if (vm.is_none(a)) {
    generator.seed_from_time_and_pid();
  } else if (vm.is_int(a)) {
    std::vector<std::uint32_t> words;
    if (!words_of(vm, a, words)) return {};
    generator.seed_from_words(words);
  } else {
    std::int64_t hash;
    if (!vm.hash(a, hash)) return {};
    generator.seed_from_hash(hash);
  }
  return vm.none();
}

// getstate(): the 624 words and the index, as one tuple.
Value random_getstate(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "getstate", 0, 0)) return {};
  MersenneTwister::State state = generator_of(args[0]).state();
  std::vector<Value> items;
  for (std::uint32_t word : state.words) items.push_back(vm.make_int(word));
  items.push_back(vm.make_int(state.index));
  return vm.make_tuple(std::move(items));
}

Value random_setstate(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "setstate", 1, 1)) return {};
  if (vm.type_index(args[1]) != kTupleType) return vm.type_error("state vector must be a tuple");
  const std::vector<Value>& items = args[1].as<Tuple>()->items;
  MersenneTwister::State state;
  if (items.size() != state.words.size() + 1) {
    return vm.value_error("state vector is the wrong size");
  }
  for (std::size_t i = 0; i <= state.words.size(); ++i) {
    std::int64_t element;
    if (!vm.to_index(items[i], element)) return {};
    if (i < state.words.size()) {
      state.words[i] = static_cast<std::uint32_t>(element);
    } else {
      state.index = element < 0 || element > INT32_MAX ? -1 : static_cast<int>(element);
    }
  }
  if (!generator_of(args[0]).set_state(state)) return vm.value_error("invalid state");
  return vm.none();
}

Value random_random(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "random", 0, 0)) return {};
  return vm.make_float(generator_of(args[0]).random());
}

Value random_getrandbits(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "getrandbits", 1, 1)) return {};
  std::int64_t k;
  if (!vm.to_index(args[1], k)) return {};
  // k is a C int in CPython: Argument Clinic rejects bigger values before the method runs.
  if (k > INT_MAX || k < INT_MIN) {
    return vm.raise(vm.exc().OverflowError, "Python int too large to convert to C int");
  }
  if (k < 0) return vm.value_error("number of bits must be non-negative");
  return int_from_words(vm, generator_of(args[0]).getrandbits(static_cast<std::size_t>(k)));
}

}  // namespace

bool init_random(VM& vm, Module& module) {
  Type* type = vm.new_builtin_type("Random", vm.type(kObjectType), Layout::Object, "_random");
  vm.add_static(type, "__new__", random_new);
  vm.add_method(type, "seed", random_seed);
  vm.add_method(type, "random", random_random);
  vm.add_method(type, "getrandbits", random_getrandbits);
  vm.add_method(type, "getstate", random_getstate);
  vm.add_method(type, "setstate", random_setstate);
  return modules::add_value(vm, module, "_Random", Value(type)) &&
         exec_library_module(vm, module, "random");
}

}  // namespace py
