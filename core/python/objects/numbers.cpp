// int, bool and float, as CPython 3.11's Objects/longobject.c, boolobject.c and floatobject.c:
// arithmetic, exact int/float comparison, repr and format, the constructors, and the methods of
// the three types.
//
// An int is a small Value (|n| < 2^62) or a BigIntObject (tag kIntType, or a subclass's tag with
// the Int layout); the bools are the VM's two objects, 1 and 0 in arithmetic. Every operation
// tries int64 arithmetic first (most programs never leave it) and falls back to num::BigInt when
// an operand or the result does not fit.
#include "objects/numbers.hpp"

#include "objects/complex.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <compare>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "modules/library_methods.hpp"
#include "modules/modules.hpp"
#include "num/bigint.hpp"
#include "num/float_format.hpp"

namespace py {
namespace {

using num::BigInt;
using modules::after_self;

constexpr std::int64_t kInt64Min = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kInt64Max = std::numeric_limits<std::int64_t>::max();
// Integers of at most this magnitude convert to double exactly.
constexpr std::int64_t kExactDoubleMax = std::int64_t{1} << 53;
// Ints beyond this many bits raise MemoryError up front, as CPython does when the allocation
// fails (1 << 2**62): they would exhaust a wasm32 address space anyway.
constexpr std::uint64_t kMaxResultBits = std::uint64_t{1} << 32;

// ---- Operands ----------------------------------------------------------------------------------

enum class Kind : std::uint8_t { kOther, kInt, kBool, kFloat };

// What a value is for arithmetic; subclasses of int and float count by their layout.
Kind kind_of(const VM& vm, const Value& v) {
  if (v.is_small()) return Kind::kInt;
  switch (v.object()->user_tag()) {
    case kIntType: return Kind::kInt;
    case kBoolType: return Kind::kBool;
    case kFloatType: return Kind::kFloat;
    default: break;
  }
  switch (vm.type_of(v)->layout) {
    case Layout::Int: return Kind::kInt;
    case Layout::Float: return Kind::kFloat;
    default: return Kind::kOther;
  }
}

bool is_integer_kind(Kind kind) { return kind == Kind::kInt || kind == Kind::kBool; }

// The value of an int or bool as int64; false when it does not fit.
bool int64_of(const VM& vm, const Value& v, std::int64_t& out) {
  if (v.is_small()) {
    out = v.small_value();
    return true;
  }
  if (v.object()->user_tag() == kBoolType) {
    out = v.is(vm.true_value()) ? 1 : 0;
    return true;
  }
  const BigInt& n = v.as<BigIntObject>()->value;
  if (!n.fits_int64()) return false;
  out = n.to_int64();
  return true;
}

// The value of an int or bool as a BigInt: a big int's own value, else one made in `storage`.
const BigInt& bigint_of(const VM& vm, const Value& v, BigInt& storage) {
  if (v.is_object() && v.object()->user_tag() != kBoolType) return v.as<BigIntObject>()->value;
  storage = vm.to_bigint(v);
  return storage;
}

double float_value(const Value& v) { return v.as<FloatObject>()->value; }

// An int operand clamped to int64 (CPython's PyNumber_AsSsize_t with no exception: round()'s
// ndigits, int()'s base).
std::int64_t clamped_int64(const VM& vm, const Value& v) {
  std::int64_t n;
  if (int64_of(vm, v, n)) return n;
  return v.as<BigIntObject>()->value.is_negative() ? kInt64Min : kInt64Max;
}

Value raise_error(VM& vm, const num::Error& error) {
  Type* type = vm.exc().ValueError;
  if (error.kind == num::ErrorKind::kOverflow) type = vm.exc().OverflowError;
  if (error.kind == num::ErrorKind::kZeroDivision) type = vm.exc().ZeroDivisionError;
  if (error.kind == num::ErrorKind::kMemory) type = vm.exc().MemoryError;
  return vm.raise(type, error.message);
}

Value zero_division(VM& vm, std::string message) {
  return vm.raise(vm.exc().ZeroDivisionError, std::move(message));
}

Value memory_error(VM& vm) { return vm.raise(vm.exc().MemoryError, ""); }

// float(v) for a number operand; false after OverflowError for an int too large.
bool double_of(VM& vm, const Value& v, Kind kind, double& out) {
  if (kind == Kind::kFloat) {
    out = float_value(v);
    return true;
  }
  std::int64_t n;
  if (int64_of(vm, v, n)) {
    out = static_cast<double>(n);  // rounds to nearest even, as PyLong_AsDouble
    return true;
  }
  num::Result<double> d = v.as<BigIntObject>()->value.to_double();
  if (!d) {
    raise_error(vm, d.error());
    return false;
  }
  out = *d;
  return true;
}

// The value as an exact int (int(v) for an int subclass or a bool).
Value as_exact_int(VM& vm, const Value& v) {
  if (v.is_small()) return v;
  std::uint32_t tag = v.object()->user_tag();
  if (tag == kIntType) return v;
  if (tag == kBoolType) return Value::small(v.is(vm.true_value()) ? 1 : 0);
  return vm.make_int(v.as<BigIntObject>()->value);
}

Value as_exact_float(VM& vm, const Value& v) {
  if (v.object()->user_tag() == kFloatType) return v;
  return vm.make_float(float_value(v));
}

// int(x) for a float: truncates toward zero.
Value int_from_double(VM& vm, double x) {
  if (std::isnan(x)) return vm.value_error("cannot convert float NaN to integer");
  if (std::isinf(x)) {
    return vm.raise(vm.exc().OverflowError, "cannot convert float infinity to integer");
  }
  if (std::fabs(x) < 0x1p62) return Value::small(static_cast<std::int64_t>(x));
  return vm.make_int(*BigInt::from_double(x));
}

// operator.index(v): v itself for an int or bool, else the result of its __index__.
Value index_of(VM& vm, const Value& v) {
  if (is_integer_kind(kind_of(vm, v))) return v;
  if (Value method = vm.lookup_in_type(vm.type_of(v), "__index__")) {
    Value result = vm.call(method, {v});
    if (!result) return result;
    if (!is_integer_kind(kind_of(vm, result))) {
      return vm.type_error("__index__ returned non-int (type " + std::string(vm.type_name(result)) +
                           ")");
    }
    return result;
  }
  return vm.type_error("'" + std::string(vm.type_name(v)) +
                       "' object cannot be interpreted as an integer");
}

// The first `limit` code points of UTF-8 text: printf's "%.200R" in CPython's messages.
std::string first_code_points(std::string text, std::size_t limit) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (count == limit) {
      text.resize(i);
      break;
    }
    ++count;
  }
  return text;
}

// ---- int arithmetic -----------------------------------------------------------------------------

// Python's // and % on int64. Preconditions: y != 0, and not kInt64Min // -1.
std::int64_t floor_div64(std::int64_t x, std::int64_t y) {
  std::int64_t q = x / y;
  if (x % y != 0 && ((x < 0) != (y < 0))) --q;
  return q;
}

std::int64_t floor_mod64(std::int64_t x, std::int64_t y) {
  std::int64_t r = x % y;
  if (r != 0 && ((r < 0) != (y < 0))) r += y;
  return r;
}

// x ** y for y >= 0; false when the result overflows int64.
bool pow64(std::int64_t x, std::int64_t y, std::int64_t& out) {
  std::int64_t result = 1;
  for (;;) {
    if ((y & 1) && __builtin_mul_overflow(result, x, &result)) return false;
    y >>= 1;
    if (y == 0) break;
    if (__builtin_mul_overflow(x, x, &x)) return false;
  }
  out = result;
  return true;
}

// float ** float and int ** negative int. A negative base to a fractional power, complex in
// CPython, is the float case's (complex_power); the ValueError here is never reached by it.
Value pow_result(VM& vm, const num::Result<double>& result) {
  if (result) return vm.make_float(*result);
  if (result.error().kind == num::ErrorKind::kValue) {
    return vm.value_error("complex numbers are not supported");
  }
  return raise_error(vm, result.error());
}

Value negative_shift(VM& vm) { return vm.value_error("negative shift count"); }

// a OP b on int64 operands: the result (null when raised), or nullopt when it needs BigInts.
// Bitwise operators on two bools give a bool.
std::optional<Value> int64_binary(VM& vm, std::int64_t x, std::int64_t y, int op,
                                  bool both_bool) {
  std::int64_t r;
  switch (op) {
    case kAdd:
      if (__builtin_add_overflow(x, y, &r)) return std::nullopt;
      return vm.make_int(r);
    case kSub:
      if (__builtin_sub_overflow(x, y, &r)) return std::nullopt;
      return vm.make_int(r);
    case kMul:
      if (__builtin_mul_overflow(x, y, &r)) return std::nullopt;
      return vm.make_int(r);
    case kTrueDiv:
      if (y == 0) return zero_division(vm, "division by zero");
      if (x < -kExactDoubleMax || x > kExactDoubleMax || y < -kExactDoubleMax ||
          y > kExactDoubleMax) {
        return std::nullopt;  // the quotient of the rounded operands could be off
      }
      return vm.make_float(static_cast<double>(x) / static_cast<double>(y));
    case kFloorDiv:
      if (y == 0) return zero_division(vm, "integer division or modulo by zero");
      if (y == -1 && x == kInt64Min) return std::nullopt;
      return vm.make_int(floor_div64(x, y));
    case kMod:
      if (y == 0) return zero_division(vm, "integer modulo by zero");
      if (y == -1) return Value::small(0);
      return vm.make_int(floor_mod64(x, y));
    case kPow:
      if (y < 0) {
        return pow_result(vm, num::float_pow(static_cast<double>(x), static_cast<double>(y)));
      }
      if (!pow64(x, y, r)) return std::nullopt;
      return vm.make_int(r);
    case kLShift:
      if (y < 0) return negative_shift(vm);
      if (x == 0) return Value::small(0);
      if (y > 62 || __builtin_mul_overflow(x, std::int64_t{1} << y, &r)) return std::nullopt;
      return vm.make_int(r);
    case kRShift:
      if (y < 0) return negative_shift(vm);
      return vm.make_int(x >> std::min<std::int64_t>(y, 63));
    case kAnd: r = x & y; break;
    case kOr: r = x | y; break;
    case kXor: r = x ^ y; break;
    default: return vm.not_implemented();
  }
  return both_bool ? vm.boolean(r != 0) : vm.make_int(r);
}

// base ** exponent for exponent >= 0.
Value bigint_pow(VM& vm, const BigInt& base, const BigInt& exponent) {
  if (base.is_zero()) return Value::small(exponent.is_zero() ? 1 : 0);
  if (base == BigInt(1)) return Value::small(1);
  if (base == BigInt(-1)) return Value::small(exponent.is_odd() ? -1 : 1);
  if (!exponent.fits_int64()) return memory_error(vm);
  auto e = static_cast<std::uint64_t>(exponent.to_int64());
  std::uint64_t bits_per_factor = base.bit_length() - 1;  // at least 1: |base| >= 2
  if (e > kMaxResultBits / bits_per_factor) return memory_error(vm);
  return vm.make_int(BigInt::pow(base, e));
}

Value bigint_binary(VM& vm, const BigInt& x, const BigInt& y, int op) {
  switch (op) {
    case kAdd: return vm.make_int(x + y);
    case kSub: return vm.make_int(x - y);
    case kMul: return vm.make_int(x * y);
    case kTrueDiv: {
      if (y.is_zero()) return zero_division(vm, "division by zero");
      num::Result<double> quotient = num::true_divide(x, y);
      if (!quotient) return raise_error(vm, quotient.error());
      return vm.make_float(*quotient);
    }
    case kFloorDiv:
      if (y.is_zero()) return zero_division(vm, "integer division or modulo by zero");
      return vm.make_int(BigInt::floor_div(x, y));
    case kMod:
      if (y.is_zero()) return zero_division(vm, "integer modulo by zero");
      return vm.make_int(BigInt::mod(x, y));
    case kPow:
      if (y.is_negative()) return pow_result(vm, num::int_pow_float(x, y));
      return bigint_pow(vm, x, y);
    case kLShift: {
      if (y.is_negative()) return negative_shift(vm);
      if (x.is_zero()) return Value::small(0);
      if (!y.fits_int64()) return vm.raise(vm.exc().OverflowError, "too many digits in integer");
      auto bits = static_cast<std::uint64_t>(y.to_int64());
      if (bits > kMaxResultBits - std::min(kMaxResultBits, x.bit_length())) {
        return memory_error(vm);
      }
      return vm.make_int(x << bits);
    }
    case kRShift: {
      if (y.is_negative()) return negative_shift(vm);
      if (!y.fits_int64() || static_cast<std::uint64_t>(y.to_int64()) >= x.bit_length()) {
        return Value::small(x.is_negative() ? -1 : 0);
      }
      return vm.make_int(x >> static_cast<std::uint64_t>(y.to_int64()));
    }
    case kAnd: return vm.make_int(x & y);
    case kOr: return vm.make_int(x | y);
    case kXor: return vm.make_int(x ^ y);
    default: return vm.not_implemented();
  }
}

Value int_binary(VM& vm, const Value& a, const Value& b, int op, bool both_bool) {
  std::int64_t x, y;
  if (int64_of(vm, a, x) && int64_of(vm, b, y)) {
    if (std::optional<Value> result = int64_binary(vm, x, y, op, both_bool)) {
      return *std::move(result);
    }
  }
  BigInt a_storage, b_storage;
  return bigint_binary(vm, bigint_of(vm, a, a_storage), bigint_of(vm, b, b_storage), op);
}

// ---- float arithmetic ---------------------------------------------------------------------------

bool is_float_op(int op) {
  return op == kAdd || op == kSub || op == kMul || op == kTrueDiv || op == kFloorDiv ||
         op == kMod || op == kPow;
}

Value float_binary(VM& vm, double x, double y, int op) {
  switch (op) {
    case kAdd: return vm.make_float(x + y);
    case kSub: return vm.make_float(x - y);
    case kMul: return vm.make_float(x * y);
    case kTrueDiv:
      if (y == 0) return zero_division(vm, "float division by zero");
      return vm.make_float(x / y);
    case kFloorDiv:
      if (y == 0) return zero_division(vm, "float floor division by zero");
      return vm.make_float(num::float_floor_div(x, y));
    case kMod:
      if (y == 0) return zero_division(vm, "float modulo");
      return vm.make_float(num::float_mod(x, y));
    case kPow: {
      num::Result<double> result = num::float_pow(x, y);
      // A negative number to a fractional power is complex.
      if (!result && result.error().kind == num::ErrorKind::kValue)
        return complex_power(vm, x, 0.0, y, 0.0);
      return pow_result(vm, result);
    }
    default: return vm.not_implemented();
  }
}

// ---- comparison ---------------------------------------------------------------------------------

bool ordering_holds(std::partial_ordering order, int op) {
  switch (op) {
    case kLt: return order < 0;
    case kLe: return order <= 0;
    case kEq: return order == 0;
    case kNe: return order != 0;  // also true when unordered (nan)
    case kGt: return order > 0;
    default: return order >= 0;
  }
}

std::partial_ordering compare_int_float(const VM& vm, const Value& i, double d) {
  std::int64_t n;
  if (int64_of(vm, i, n) && n >= -kExactDoubleMax && n <= kExactDoubleMax) {
    return static_cast<double>(n) <=> d;
  }
  BigInt storage;
  return num::compare(bigint_of(vm, i, storage), d);
}

std::partial_ordering compare_numbers(const VM& vm, const Value& a, Kind ka, const Value& b,
                                      Kind kb) {
  if (ka != Kind::kFloat && kb != Kind::kFloat) {
    std::int64_t x, y;
    if (int64_of(vm, a, x) && int64_of(vm, b, y)) return x <=> y;
    BigInt a_storage, b_storage;
    return bigint_of(vm, a, a_storage) <=> bigint_of(vm, b, b_storage);
  }
  if (ka == Kind::kFloat && kb == Kind::kFloat) return float_value(a) <=> float_value(b);
  if (ka == Kind::kFloat) return 0 <=> compare_int_float(vm, b, float_value(a));
  return compare_int_float(vm, a, float_value(b));
}

// ---- rounding -----------------------------------------------------------------------------------

// round(int, ndigits): unchanged for ndigits >= 0, else to a multiple of 10**-ndigits with ties
// to even (CPython's divmod_near).
Value round_int(VM& vm, const Value& v, std::int64_t ndigits) {
  if (ndigits >= 0) return as_exact_int(vm, v);
  std::uint64_t digits = 0 - static_cast<std::uint64_t>(ndigits);
  std::int64_t x;
  // Small operands keep q * power within int64 after the rounding step.
  if (int64_of(vm, v, x) && Value::fits_small(x) && digits <= 18) {
    std::int64_t power = 1;
    for (std::uint64_t i = 0; i < digits; ++i) power *= 10;
    std::int64_t q = floor_div64(x, power);
    std::int64_t twice_remainder = 2 * (x - q * power);
    if (twice_remainder > power || (twice_remainder == power && (q & 1))) ++q;
    return vm.make_int(q * power);
  }
  BigInt storage;
  const BigInt& n = bigint_of(vm, v, storage);
  // |n| < 10**(digits - 1) <= 10**digits / 2 rounds to 0; 30103 / 100000 bounds log10(2).
  if (digits > n.bit_length() * 30103 / 100000 + 2) return Value::small(0);
  BigInt power = BigInt::pow(BigInt(10), digits);
  auto [q, r] = BigInt::divmod(n, power);
  std::strong_ordering half = (r + r) <=> power;
  if (half > 0 || (half == 0 && q.is_odd())) q = q + BigInt(1);
  return vm.make_int(q * power);
}

// ---- text ---------------------------------------------------------------------------------------

// str(n), within sys.get_int_max_str_digits().
Value int_text(VM& vm, const BigInt& n) {
  std::size_t limit = vm.int_max_str_digits;
  if (limit != 0 && n.exceeds_str_digits(limit)) {
    return vm.value_error(num::max_str_digits_error(limit));
  }
  return vm.make_str(n.to_string());
}

// "123", "-7": the common int() argument, without BigInt.
std::optional<std::int64_t> plain_decimal(std::string_view text) {
  std::size_t start = !text.empty() && (text[0] == '-' || text[0] == '+') ? 1 : 0;
  std::size_t digits = text.size() - start;
  if (digits == 0 || digits > 18) return std::nullopt;
  std::int64_t value = 0;
  for (std::size_t i = start; i < text.size(); ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return text[0] == '-' ? -value : value;
}

bool has_non_ascii(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c & 0x80; });
}

bool is_bytes(const VM& vm, const Value& v) { return vm.type_of(v)->layout == Layout::Bytes; }

// The text of a str, or the bytes of a bytes object.
std::string_view text_of(const VM& vm, const Value& v) {
  if (is_bytes(vm, v)) return v.as<BytesObject>()->data;
  return VM::str_text(v);
}

// int(text, base) for a str or bytes.
Value int_from_text(VM& vm, const Value& source, std::int64_t base) {
  std::string_view text = text_of(vm, source);
  if (base == 10) {
    if (std::optional<std::int64_t> n = plain_decimal(text)) return vm.make_int(*n);
  }
  num::ParsedInt parsed;
  // Unicode digits count in a str only.
  if (!is_bytes(vm, source) || !has_non_ascii(text)) {
    parsed = BigInt::parse(text, static_cast<int>(base), vm.int_max_str_digits);
  }
  if (parsed.ok()) return vm.make_int(std::move(parsed.value));
  if (parsed.status == num::ParsedInt::Status::kTooManyDigits) {
    return vm.value_error(num::max_str_digits_error(vm.int_max_str_digits, parsed.digits));
  }
  std::optional<std::string> repr = vm.repr_text(source);
  if (!repr) return Value();
  return vm.value_error("invalid literal for int() with base " + std::to_string(base) + ": " +
                        first_code_points(std::move(*repr), 200));
}

// float(text) for a str or bytes.
bool float_from_text(VM& vm, const Value& source, double& out) {
  std::string_view text = text_of(vm, source);
  std::optional<double> parsed;
  if (!is_bytes(vm, source) || !has_non_ascii(text)) parsed = num::parse_float(text);
  if (parsed) {
    out = *parsed;
    return true;
  }
  std::optional<std::string> repr = vm.repr_text(source);
  if (repr) vm.value_error("could not convert string to float: " + *repr);
  return false;
}

// ---- conversions (int(x), float(x)) -------------------------------------------------------------

// An int-returning conversion's result as an exact int, or TypeError "<dunder> returned non-int".
Value checked_int_result(VM& vm, Value result, std::string_view dunder) {
  if (!result) return result;
  if (!is_integer_kind(kind_of(vm, result))) {
    return vm.type_error(std::string(dunder) + " returned non-int (type " +
                         std::string(vm.type_name(result)) + ")");
  }
  return as_exact_int(vm, result);
}

// int(x) with one argument: CPython's PyNumber_Long. (The DeprecationWarnings CPython gives for
// __trunc__ and for __int__ returning an int subclass are not emitted.)
Value int_of(VM& vm, const Value& v) {
  switch (kind_of(vm, v)) {
    case Kind::kInt:
      if (v.is_small() || v.object()->user_tag() == kIntType) return v;
      break;  // a subclass may override __int__
    case Kind::kBool: return as_exact_int(vm, v);
    case Kind::kFloat:
      if (v.object()->user_tag() == kFloatType) return int_from_double(vm, float_value(v));
      break;
    case Kind::kOther: break;
  }
  Type* type = vm.type_of(v);
  if (type->index == kStrType || type->index == kBytesType) return int_from_text(vm, v, 10);
  if (Value method = vm.lookup_in_type(type, "__int__")) {
    return checked_int_result(vm, vm.call(method, {v}), "__int__");
  }
  if (Value method = vm.lookup_in_type(type, "__index__")) {
    return checked_int_result(vm, vm.call(method, {v}), "__index__");
  }
  if (Value method = vm.lookup_in_type(type, "__trunc__")) {
    Value result = vm.call(method, {v});
    if (!result) return result;
    if (is_integer_kind(kind_of(vm, result))) return as_exact_int(vm, result);
    Value index = vm.lookup_in_type(vm.type_of(result), "__index__");
    if (!index) {
      return vm.type_error("__trunc__ returned non-Integral (type " +
                           std::string(vm.type_name(result)) + ")");
    }
    return checked_int_result(vm, vm.call(index, {result}), "__index__");
  }
  if (vm.is_str(v) || is_bytes(vm, v)) return int_from_text(vm, v, 10);
  return vm.type_error(
      "int() argument must be a string, a bytes-like object or a real number, not '" +
      type->name + "'");
}

// float(x) with one argument: CPython's PyNumber_Float.
bool float_of(VM& vm, const Value& v, double& out) {
  Kind kind = kind_of(vm, v);
  if (kind == Kind::kBool || (kind == Kind::kInt && (v.is_small() ||
                                                     v.object()->user_tag() == kIntType)) ||
      (kind == Kind::kFloat && v.object()->user_tag() == kFloatType)) {
    return double_of(vm, v, kind, out);
  }
  Type* type = vm.type_of(v);
  if (type->index == kStrType) return float_from_text(vm, v, out);
  if (Value method = vm.lookup_in_type(type, "__float__")) {
    Value result = vm.call(method, {v});
    if (!result) return false;
    if (kind_of(vm, result) != Kind::kFloat) {
      vm.type_error(type->name + ".__float__ returned non-float (type " +
                    std::string(vm.type_name(result)) + ")");
      return false;
    }
    out = float_value(result);
    return true;
  }
  if (Value method = vm.lookup_in_type(type, "__index__")) {
    Value result = checked_int_result(vm, vm.call(method, {v}), "__index__");
    return result && double_of(vm, result, Kind::kInt, out);
  }
  if (vm.is_str(v) || is_bytes(vm, v)) return float_from_text(vm, v, out);
  vm.type_error("float() argument must be a string or a real number, not '" + type->name + "'");
  return false;
}

Value new_int_instance(const Type& type, BigInt value) {
  auto* object = new BigIntObject();
  object->set_user_tag(type.index);
  object->value = std::move(value);
  return Value(object);
}

Value new_float_instance(const Type& type, double value) {
  auto* object = new FloatObject();
  object->set_user_tag(type.index);
  object->value = value;
  return Value(object);
}

// ---- Natives: receivers and argument counts -----------------------------------------------------

// The type a native belongs to; bool's natives override int's where bool differs.
enum class Owner : std::uint8_t { kInt, kBool, kFloat };

constexpr std::string_view owner_name(Owner owner) {
  return owner == Owner::kInt ? "int" : owner == Owner::kBool ? "bool" : "float";
}

bool owns(const VM& vm, Owner owner, const Value& self) {
  Kind kind = kind_of(vm, self);
  switch (owner) {
    case Owner::kInt: return is_integer_kind(kind);
    case Owner::kBool: return kind == Kind::kBool;
    case Owner::kFloat: return kind == Kind::kFloat;
  }
  return false;
}

// The other operand a binary dunder takes: ints for int (int.__add__(1, 2.0) is
// NotImplemented), ints and floats for float.
bool accepts_operand(const VM& vm, Owner owner, const Value& other) {
  Kind kind = kind_of(vm, other);
  return owner == Owner::kFloat ? kind != Kind::kOther : is_integer_kind(kind);
}

// A slot wrapper's checks (int.__add__, float.__neg__...), in CPython's words.
bool accept_slot(VM& vm, const CallArgs& args, Owner owner, std::string_view name,
                 std::size_t min, std::size_t max) {
  std::string type(owner_name(owner));
  std::string dunder(name);
  if (args.nargs == 0) {
    vm.type_error("descriptor '" + dunder + "' of '" + type + "' object needs an argument");
    return false;
  }
  if (!owns(vm, owner, args[0])) {
    vm.type_error("descriptor '" + dunder + "' requires a '" + type +
                  "' object but received a '" + std::string(vm.type_name(args[0])) + "'");
    return false;
  }
  if (args.nkw != 0) {
    vm.type_error("wrapper " + dunder + "() takes no keyword arguments");
    return false;
  }
  std::size_t given = args.nargs - 1;
  if (min != max) return check_arity(vm, after_self(args), "", min, max);
  if (given == min) return true;
  vm.type_error("expected " + std::to_string(min) + " argument" + (min == 1 ? "" : "s") +
                ", got " + std::to_string(given));
  return false;
}

// A method descriptor's receiver check (int.bit_length, float.hex, properties...).
bool accept_receiver(VM& vm, const CallArgs& args, Owner owner, std::string_view name) {
  std::string type(owner_name(owner));
  if (args.nargs == 0) {
    vm.type_error("unbound method " + type + "." + std::string(name) + "() needs an argument");
    return false;
  }
  if (owns(vm, owner, args[0])) return true;
  vm.type_error("descriptor '" + std::string(name) + "' for '" + type +
                "' objects doesn't apply to a '" + std::string(vm.type_name(args[0])) +
                "' object");
  return false;
}

// A method taking min..max positional arguments after self. Fixed-arity methods (METH_NOARGS,
// METH_O) word their errors "int.bit_length() takes no arguments (1 given)"; Argument Clinic's
// "__round__ expected at most 1 argument, got 2".
bool accept_method(VM& vm, const CallArgs& args, Owner owner, std::string_view name,
                   std::size_t min, std::size_t max) {
  if (!accept_receiver(vm, args, owner, name)) return false;
  std::string qualified = std::string(owner_name(owner)) + "." + std::string(name);
  if (!no_keywords(vm, args, qualified)) return false;
  return check_arity(vm, after_self(args), min == max ? qualified : std::string(name), min, max);
}

// ---- Natives: arithmetic dunders ----------------------------------------------------------------

constexpr std::string_view kForwardNames[] = {
    "__add__", "__sub__", "__mul__",    "__matmul__", "__truediv__", "__mod__",     "__pow__",
    "__lshift__", "__rshift__", "__or__", "__xor__",  "__and__",     "__floordiv__"};
constexpr std::string_view kReflectedNames[] = {
    "__radd__",    "__rsub__",    "__rmul__", "__rmatmul__", "__rtruediv__",
    "__rmod__",    "__rpow__",    "__rlshift__", "__rrshift__", "__ror__",
    "__rxor__",    "__rand__",    "__rfloordiv__"};
constexpr std::string_view kCompareNames[] = {"__lt__", "__le__", "__eq__",
                                              "__ne__", "__gt__", "__ge__"};
constexpr std::string_view kUnaryNames[] = {"__neg__", "__pos__", "__invert__"};

// int.__and__(True, False) is int's slot: 0, not False (bool's own __and__ gives False).
Value without_bool(VM& vm, Value result) {
  if (result.is(vm.true_value())) return Value::small(1);
  if (result.is(vm.false_value())) return Value::small(0);
  return result;
}

template <Owner owner, int op, bool reflected>
Value binary_dunder(VM& vm, CallArgs args) {
  std::string_view name = reflected ? kReflectedNames[op] : kForwardNames[op];
  if (!accept_slot(vm, args, owner, name, 1, 1)) return Value();
  if (!accepts_operand(vm, owner, args[1])) return vm.not_implemented();
  Value result = reflected ? number_binary(vm, args[1], args[0], op)
                           : number_binary(vm, args[0], args[1], op);
  return owner == Owner::kInt ? without_bool(vm, std::move(result)) : result;
}

template <Owner owner, bool reflected>
Value divmod_dunder(VM& vm, CallArgs args) {
  if (!accept_slot(vm, args, owner, reflected ? "__rdivmod__" : "__divmod__", 1, 1)) {
    return Value();
  }
  if (!accepts_operand(vm, owner, args[1])) return vm.not_implemented();
  return reflected ? number_divmod(vm, args[1], args[0]) : number_divmod(vm, args[0], args[1]);
}

template <Owner owner, bool reflected>
Value pow_dunder(VM& vm, CallArgs args) {
  if (!accept_slot(vm, args, owner, reflected ? "__rpow__" : "__pow__", 1, 2)) return Value();
  if (!accepts_operand(vm, owner, args[1])) return vm.not_implemented();
  const Value& base = reflected ? args[1] : args[0];
  const Value& exponent = reflected ? args[0] : args[1];
  if (args.nargs == 2 || vm.is_none(args[2])) return number_binary(vm, base, exponent, kPow);
  if (owner == Owner::kInt && !is_integer_kind(kind_of(vm, args[2]))) {
    return vm.not_implemented();
  }
  return number_pow3(vm, base, exponent, args[2]);
}

template <Owner owner, int op>
Value compare_dunder(VM& vm, CallArgs args) {
  if (!accept_slot(vm, args, owner, kCompareNames[op], 1, 1)) return Value();
  if (!accepts_operand(vm, owner, args[1])) return vm.not_implemented();
  return number_compare(vm, args[0], args[1], op);
}

template <Owner owner, int op>
Value unary_dunder(VM& vm, CallArgs args) {
  if (!accept_slot(vm, args, owner, kUnaryNames[op], 0, 0)) return Value();
  return number_unary(vm, args[0], op);
}

template <Owner owner>
Value abs_dunder(VM& vm, CallArgs args) {
  if (!accept_slot(vm, args, owner, "__abs__", 0, 0)) return Value();
  return number_abs(vm, args[0]);
}

template <Owner owner>
Value bool_dunder(VM& vm, CallArgs args) {
  if (!accept_slot(vm, args, owner, "__bool__", 0, 0)) return Value();
  int truth = vm.truthy(args[0]);
  return truth < 0 ? Value() : vm.boolean(truth);
}

template <Owner owner>
Value float_dunder(VM& vm, CallArgs args) {
  if (!accept_slot(vm, args, owner, "__float__", 0, 0)) return Value();
  if (owner == Owner::kFloat) return as_exact_float(vm, args[0]);
  double x;
  if (!double_of(vm, args[0], Kind::kInt, x)) return Value();
  return vm.make_float(x);
}

template <Owner owner>
Value repr_dunder(VM& vm, CallArgs args) {
  if (!accept_slot(vm, args, owner, "__repr__", 0, 0)) return Value();
  // int.__repr__(True) is '1': int's slot sees the number.
  return number_repr(vm, owner == Owner::kInt ? as_exact_int(vm, args[0]) : args[0]);
}

template <Owner owner>
Value format_dunder(VM& vm, CallArgs args) {
  if (!accept_method(vm, args, owner, "__format__", 1, 1)) return Value();
  if (!vm.is_str(args[1])) {
    return vm.type_error("__format__() argument must be str, not " +
                         std::string(vm.type_name(args[1])));
  }
  return number_format(vm, args[0], args[1]);
}

template <Owner owner>
Value new_dunder(VM& vm, CallArgs args) {
  std::string type_name(owner_name(owner));
  if (args.nargs == 0) return vm.type_error(type_name + ".__new__(): not enough arguments");
  if (vm.type_of(args[0])->layout != Layout::Type) {
    return vm.type_error(type_name + ".__new__(X): X is not a type object (" +
                         std::string(vm.type_name(args[0])) + ")");
  }
  Type& cls = *args[0].as<Type>();
  std::uint32_t base = owner == Owner::kInt ? kIntType
                       : owner == Owner::kBool ? kBoolType
                                               : kFloatType;
  if (!VM::is_subtype(&cls, vm.type(base))) {
    return vm.type_error(type_name + ".__new__(" + cls.name + "): " + cls.name +
                         " is not a subtype of " + type_name);
  }
  CallArgs rest = after_self(args);
  if (owner == Owner::kBool) return construct_bool(vm, rest);
  return owner == Owner::kInt ? construct_int(vm, cls, rest) : construct_float(vm, cls, rest);
}

// Registers __op__ and __rop__ for each op.
template <Owner owner, int... ops>
void add_binary_dunders(VM& vm, Type* type) {
  ((vm.add_method(type, kForwardNames[ops], binary_dunder<owner, ops, false>),
    vm.add_method(type, kReflectedNames[ops], binary_dunder<owner, ops, true>)),
   ...);
}

template <Owner owner>
void add_common_dunders(VM& vm, Type* type) {
  add_binary_dunders<owner, kAdd, kSub, kMul, kTrueDiv, kFloorDiv, kMod>(vm, type);
  vm.add_method(type, "__divmod__", divmod_dunder<owner, false>);
  vm.add_method(type, "__rdivmod__", divmod_dunder<owner, true>);
  vm.add_method(type, "__pow__", pow_dunder<owner, false>);
  vm.add_method(type, "__rpow__", pow_dunder<owner, true>);
  vm.add_method(type, "__lt__", compare_dunder<owner, kLt>);
  vm.add_method(type, "__le__", compare_dunder<owner, kLe>);
  vm.add_method(type, "__eq__", compare_dunder<owner, kEq>);
  vm.add_method(type, "__ne__", compare_dunder<owner, kNe>);
  vm.add_method(type, "__gt__", compare_dunder<owner, kGt>);
  vm.add_method(type, "__ge__", compare_dunder<owner, kGe>);
  vm.add_method(type, "__neg__", unary_dunder<owner, kNeg>);
  vm.add_method(type, "__pos__", unary_dunder<owner, kPos>);
  vm.add_method(type, "__abs__", abs_dunder<owner>);
  vm.add_method(type, "__bool__", bool_dunder<owner>);
  vm.add_method(type, "__float__", float_dunder<owner>);
  vm.add_method(type, "__repr__", repr_dunder<owner>);
  vm.add_method(type, "__format__", format_dunder<owner>);
  vm.add_static(type, "__new__", new_dunder<owner>);
}

// ---- Natives: int methods -----------------------------------------------------------------------

// int methods that give int(self): __int__, __index__, conjugate, __trunc__, __floor__, __ceil__.
Value int_exact_slot(VM& vm, CallArgs args, std::string_view name) {
  if (!accept_slot(vm, args, Owner::kInt, name, 0, 0)) return Value();
  return as_exact_int(vm, args[0]);
}
Value int_int(VM& vm, CallArgs args) { return int_exact_slot(vm, args, "__int__"); }
Value int_index(VM& vm, CallArgs args) { return int_exact_slot(vm, args, "__index__"); }

template <std::string_view const& name>
Value int_exact_method(VM& vm, CallArgs args) {
  if (!accept_method(vm, args, Owner::kInt, name, 0, 0)) return Value();
  return as_exact_int(vm, args[0]);
}
constexpr std::string_view kConjugate = "conjugate";
constexpr std::string_view kTrunc = "__trunc__";
constexpr std::string_view kFloor = "__floor__";
constexpr std::string_view kCeil = "__ceil__";

Value int_bit_length(VM& vm, CallArgs args) {
  if (!accept_method(vm, args, Owner::kInt, "bit_length", 0, 0)) return Value();
  std::int64_t n;
  if (int64_of(vm, args[0], n)) {
    std::uint64_t magnitude = n < 0 ? 0 - static_cast<std::uint64_t>(n) : n;
    return Value::small(static_cast<std::int64_t>(std::bit_width(magnitude)));
  }
  return vm.make_int(static_cast<std::int64_t>(args[0].as<BigIntObject>()->value.bit_length()));
}

Value int_bit_count(VM& vm, CallArgs args) {
  if (!accept_method(vm, args, Owner::kInt, "bit_count", 0, 0)) return Value();
  std::int64_t n;
  if (int64_of(vm, args[0], n)) {
    std::uint64_t magnitude = n < 0 ? 0 - static_cast<std::uint64_t>(n) : n;
    return Value::small(std::popcount(magnitude));
  }
  return vm.make_int(static_cast<std::int64_t>(args[0].as<BigIntObject>()->value.bit_count()));
}

Value int_as_integer_ratio(VM& vm, CallArgs args) {
  if (!accept_method(vm, args, Owner::kInt, "as_integer_ratio", 0, 0)) return Value();
  return vm.make_tuple({as_exact_int(vm, args[0]), Value::small(1)});
}

Value int_round(VM& vm, CallArgs args) {
  if (!accept_receiver(vm, args, Owner::kInt, "__round__")) return Value();
  if (!no_keywords(vm, args, "int.__round__")) return Value();
  if (!check_arity(vm, after_self(args), "__round__", 0, 1)) return Value();
  if (args.nargs == 1) return as_exact_int(vm, args[0]);
  // Unlike round(), int.__round__ takes no None.
  Value ndigits = index_of(vm, args[1]);
  if (!ndigits) return Value();
  return round_int(vm, args[0], clamped_int64(vm, ndigits));
}

// Properties: real and numerator are int(self), imag 0, denominator 1.
Value int_real(VM& vm, CallArgs args) {
  if (!accept_receiver(vm, args, Owner::kInt, "real")) return Value();
  return as_exact_int(vm, args[0]);
}
Value int_numerator(VM& vm, CallArgs args) {
  if (!accept_receiver(vm, args, Owner::kInt, "numerator")) return Value();
  return as_exact_int(vm, args[0]);
}
Value int_imag(VM& vm, CallArgs args) {
  if (!accept_receiver(vm, args, Owner::kInt, "imag")) return Value();
  return Value::small(0);
}
Value int_denominator(VM& vm, CallArgs args) {
  if (!accept_receiver(vm, args, Owner::kInt, "denominator")) return Value();
  return Value::small(1);
}

// ---- Natives: float methods ---------------------------------------------------------------------

Value float_int(VM& vm, CallArgs args) {
  if (!accept_slot(vm, args, Owner::kFloat, "__int__", 0, 0)) return Value();
  return int_from_double(vm, float_value(args[0]));
}

// __trunc__, __floor__, __ceil__: the float rounded that way, as an int.
template <std::string_view const& name, double (*rounding)(double)>
Value float_to_int_method(VM& vm, CallArgs args) {
  if (!accept_method(vm, args, Owner::kFloat, name, 0, 0)) return Value();
  return int_from_double(vm, rounding(float_value(args[0])));
}
double trunc_double(double x) { return std::trunc(x); }
double floor_double(double x) { return std::floor(x); }
double ceil_double(double x) { return std::ceil(x); }

Value float_round(VM& vm, CallArgs args) {
  if (!accept_receiver(vm, args, Owner::kFloat, "__round__")) return Value();
  if (!no_keywords(vm, args, "float.__round__")) return Value();
  if (!check_arity(vm, after_self(args), "__round__", 0, 1)) return Value();
  return number_round(vm, args[0], args.nargs == 2 ? args[1] : Value());
}

Value float_conjugate(VM& vm, CallArgs args) {
  if (!accept_method(vm, args, Owner::kFloat, "conjugate", 0, 0)) return Value();
  return as_exact_float(vm, args[0]);
}

Value float_is_integer(VM& vm, CallArgs args) {
  if (!accept_method(vm, args, Owner::kFloat, "is_integer", 0, 0)) return Value();
  double x = float_value(args[0]);
  return vm.boolean(std::isfinite(x) && std::floor(x) == x);
}

Value float_as_integer_ratio(VM& vm, CallArgs args) {
  if (!accept_method(vm, args, Owner::kFloat, "as_integer_ratio", 0, 0)) return Value();
  double x = float_value(args[0]);
  if (std::isinf(x)) {
    return vm.raise(vm.exc().OverflowError, "cannot convert Infinity to integer ratio");
  }
  if (std::isnan(x)) return vm.value_error("cannot convert NaN to integer ratio");
  int exponent;
  double mantissa = std::frexp(x, &exponent);
  // 53 doublings at most make the mantissa an integer (CPython's loop allows 300).
  for (int i = 0; i < 300 && mantissa != std::floor(mantissa); ++i) {
    mantissa *= 2.0;
    --exponent;
  }
  BigInt numerator = *BigInt::from_double(mantissa);
  BigInt denominator(1);
  if (exponent > 0) {
    numerator = numerator << static_cast<std::uint64_t>(exponent);
  } else {
    denominator = denominator << static_cast<std::uint64_t>(-exponent);
  }
  return vm.make_tuple({vm.make_int(std::move(numerator)), vm.make_int(std::move(denominator))});
}

Value float_real(VM& vm, CallArgs args) {
  if (!accept_receiver(vm, args, Owner::kFloat, "real")) return Value();
  return as_exact_float(vm, args[0]);
}
Value float_imag(VM& vm, CallArgs args) {
  if (!accept_receiver(vm, args, Owner::kFloat, "imag")) return Value();
  return vm.make_float(0.0);
}

}  // namespace

// ---- Operators ----------------------------------------------------------------------------------

Value number_binary(VM& vm, const Value& a, const Value& b, int op) {
  if (a.is_small() && b.is_small()) return int_binary(vm, a, b, op, false);
  Kind ka = kind_of(vm, a), kb = kind_of(vm, b);
  if (ka == Kind::kOther || kb == Kind::kOther) return vm.not_implemented();
  if (ka == Kind::kFloat || kb == Kind::kFloat) {
    if (!is_float_op(op)) return vm.not_implemented();
    double x, y;
    if (!double_of(vm, a, ka, x) || !double_of(vm, b, kb, y)) return Value();
    return float_binary(vm, x, y, op);
  }
  return int_binary(vm, a, b, op, ka == Kind::kBool && kb == Kind::kBool);
}

Value number_compare(VM& vm, const Value& a, const Value& b, int op) {
  if (a.is_small() && b.is_small()) {
    return vm.boolean(ordering_holds(a.small_value() <=> b.small_value(), op));
  }
  Kind ka = kind_of(vm, a), kb = kind_of(vm, b);
  if (ka == Kind::kOther || kb == Kind::kOther) return vm.not_implemented();
  return vm.boolean(ordering_holds(compare_numbers(vm, a, ka, b, kb), op));
}

Value number_unary(VM& vm, const Value& v, int op) {
  Kind kind = kind_of(vm, v);
  if (kind == Kind::kOther) return vm.not_implemented();
  if (kind == Kind::kFloat) {
    if (op == kNeg) return vm.make_float(-float_value(v));
    if (op == kPos) return as_exact_float(vm, v);
    return vm.not_implemented();
  }
  std::int64_t n;
  if (int64_of(vm, v, n)) {
    switch (op) {
      case kNeg:
        if (n == kInt64Min) break;
        return vm.make_int(-n);
      case kPos: return as_exact_int(vm, v);
      case kInvert: return vm.make_int(~n);
      default: return vm.not_implemented();
    }
  }
  const BigInt& big = v.as<BigIntObject>()->value;
  switch (op) {
    case kNeg: return vm.make_int(-big);
    case kPos: return as_exact_int(vm, v);
    case kInvert: return vm.make_int(~big);
    default: return vm.not_implemented();
  }
}

Value number_abs(VM& vm, const Value& v) {
  Kind kind = kind_of(vm, v);
  if (kind == Kind::kOther) return vm.not_implemented();
  if (kind == Kind::kFloat) return vm.make_float(std::fabs(float_value(v)));
  std::int64_t n;
  if (int64_of(vm, v, n) && n != kInt64Min) return vm.make_int(n < 0 ? -n : n);
  const BigInt& big = v.as<BigIntObject>()->value;
  if (!big.is_negative()) return as_exact_int(vm, v);
  return vm.make_int(big.abs());
}

Value number_divmod(VM& vm, const Value& a, const Value& b) {
  Kind ka = kind_of(vm, a), kb = kind_of(vm, b);
  if (ka == Kind::kOther || kb == Kind::kOther) return vm.not_implemented();
  if (ka == Kind::kFloat || kb == Kind::kFloat) {
    double x, y;
    if (!double_of(vm, a, ka, x) || !double_of(vm, b, kb, y)) return Value();
    if (y == 0) return zero_division(vm, "float divmod()");
    auto [quotient, remainder] = num::float_divmod(x, y);
    return vm.make_tuple({vm.make_float(quotient), vm.make_float(remainder)});
  }
  std::int64_t x, y;
  if (int64_of(vm, a, x) && int64_of(vm, b, y) && !(x == kInt64Min && y == -1)) {
    if (y == 0) return zero_division(vm, "integer division or modulo by zero");
    return vm.make_tuple({vm.make_int(floor_div64(x, y)), vm.make_int(floor_mod64(x, y))});
  }
  BigInt a_storage, b_storage;
  const BigInt& divisor = bigint_of(vm, b, b_storage);
  if (divisor.is_zero()) return zero_division(vm, "integer division or modulo by zero");
  auto [quotient, remainder] = BigInt::divmod(bigint_of(vm, a, a_storage), divisor);
  return vm.make_tuple({vm.make_int(std::move(quotient)), vm.make_int(std::move(remainder))});
}

Value number_pow3(VM& vm, const Value& base, const Value& exp, const Value& mod) {
  Kind kinds[] = {kind_of(vm, base), kind_of(vm, exp), kind_of(vm, mod)};
  if (std::find(std::begin(kinds), std::end(kinds), Kind::kOther) != std::end(kinds)) {
    return vm.type_error("unsupported operand type(s) for ** or pow(): '" +
                         std::string(vm.type_name(base)) + "', '" +
                         std::string(vm.type_name(exp)) + "', '" +
                         std::string(vm.type_name(mod)) + "'");
  }
  if (std::find(std::begin(kinds), std::end(kinds), Kind::kFloat) != std::end(kinds)) {
    return vm.type_error("pow() 3rd argument not allowed unless all arguments are integers");
  }
  std::int64_t b, e, m;
  bool small_modulus = int64_of(vm, mod, m);
  if (small_modulus && m == 0) return vm.value_error("pow() 3rd argument cannot be 0");
  // Moduli up to 2^32 keep every product of residues in a uint64.
  constexpr std::int64_t kFastModulus = std::int64_t{1} << 32;
  if (small_modulus && m >= -kFastModulus && m <= kFastModulus && int64_of(vm, base, b) &&
      int64_of(vm, exp, e) && e >= 0) {
    auto modulus = static_cast<std::uint64_t>(m < 0 ? -m : m);
    std::int64_t reduced = b % static_cast<std::int64_t>(modulus);
    if (reduced < 0) reduced += static_cast<std::int64_t>(modulus);
    auto factor = static_cast<std::uint64_t>(reduced);
    std::uint64_t result = 1 % modulus;
    for (auto bits = static_cast<std::uint64_t>(e); bits; bits >>= 1) {
      if (bits & 1) result = result * factor % modulus;
      factor = factor * factor % modulus;
    }
    auto value = static_cast<std::int64_t>(result);
    if (m < 0 && value != 0) value -= static_cast<std::int64_t>(modulus);  // the modulus's sign
    return vm.make_int(value);
  }
  BigInt b_storage, e_storage, m_storage;
  std::optional<BigInt> result =
      BigInt::pow_mod(bigint_of(vm, base, b_storage), bigint_of(vm, exp, e_storage),
                      bigint_of(vm, mod, m_storage));
  if (!result) return vm.value_error("base is not invertible for the given modulus");
  return vm.make_int(*std::move(result));
}

Value number_round(VM& vm, const Value& v, const Value& ndigits) {
  Kind kind = kind_of(vm, v);
  if (kind == Kind::kOther) return vm.not_implemented();
  bool one_argument = !ndigits || vm.is_none(ndigits);
  if (kind == Kind::kFloat) {
    double x = float_value(v);
    if (one_argument) return int_from_double(vm, num::round_half_even(x));
    Value digits = index_of(vm, ndigits);
    if (!digits) return Value();
    num::Result<double> rounded = num::round_double(x, clamped_int64(vm, digits));
    if (!rounded) return raise_error(vm, rounded.error());
    return vm.make_float(*rounded);
  }
  if (one_argument) return as_exact_int(vm, v);
  Value digits = index_of(vm, ndigits);
  if (!digits) return Value();
  return round_int(vm, v, clamped_int64(vm, digits));
}

// ---- Text ---------------------------------------------------------------------------------------

Value number_repr(VM& vm, const Value& v) {
  if (v.is_small()) return vm.make_str(std::to_string(v.small_value()));
  switch (kind_of(vm, v)) {
    case Kind::kBool: return vm.intern(v.is(vm.true_value()) ? "True" : "False");
    case Kind::kFloat: return vm.make_str(num::float_repr(float_value(v)));
    case Kind::kInt: {
      const BigInt& n = v.as<BigIntObject>()->value;
      if (n.fits_int64()) return vm.make_str(std::to_string(n.to_int64()));
      return int_text(vm, n);
    }
    case Kind::kOther: break;
  }
  return vm.not_implemented();
}

Value number_format(VM& vm, const Value& v, const Value& spec) {
  Kind kind = kind_of(vm, v);
  if (kind == Kind::kOther) return vm.not_implemented();
  const std::string& text = VM::str_text(spec);
  if (text.empty()) {
    // format(x, '') is str(x): a subclass's __str__ or __repr__ shows.
    std::uint32_t type = vm.type_index(v);
    if (type == kIntType || type == kBoolType || type == kFloatType) return number_repr(vm, v);
    return vm.str(v);
  }
  std::string_view type_name = vm.type_name(v);
  num::Result<std::string> formatted =
      kind == Kind::kFloat ? num::format_float(float_value(v), text, type_name)
                           : num::format_int(vm.to_bigint(v), text, vm.int_max_str_digits,
                                             type_name);
  if (!formatted) return raise_error(vm, formatted.error());
  return vm.make_str(std::move(*formatted));
}

Value int_from_literal(VM& vm, std::string_view text) {
  if (std::optional<std::int64_t> n = plain_decimal(text); n && text[0] != '-' && text[0] != '+') {
    return Value::small(*n);
  }
  num::ParsedInt parsed = BigInt::parse(text, 0, vm.int_max_str_digits);
  if (parsed.ok()) return vm.make_int(std::move(parsed.value));
  if (parsed.status == num::ParsedInt::Status::kTooManyDigits) {
    return vm.raise(vm.exc().SyntaxError,
                    num::max_str_digits_error(vm.int_max_str_digits, parsed.digits) +
                        " - Consider hexadecimal for huge integer literals to avoid decimal "
                        "conversion limits.");
  }
  return vm.raise(vm.exc().SyntaxError, "invalid decimal literal");
}

// ---- Constructors -------------------------------------------------------------------------------

Value construct_int(VM& vm, Type& type, CallArgs args) {
  Value bound[2];  // x, base
  if (!bind_clinic_args(vm, args, "int", {"x", "base"}, 1, 2, 0, bound)) return Value();
  Value result;
  if (!bound[1]) {
    result = bound[0] ? int_of(vm, bound[0]) : Value::small(0);
  } else {
    if (!bound[0]) return vm.type_error("int() missing string argument");
    Value base_index = index_of(vm, bound[1]);
    if (!base_index) return Value();
    std::int64_t base = clamped_int64(vm, base_index);
    if ((base != 0 && base < 2) || base > 36) {
      return vm.value_error("int() base must be >= 2 and <= 36, or 0");
    }
    if (!vm.is_str(bound[0]) && !is_bytes(vm, bound[0])) {
      return vm.type_error("int() can't convert non-string with explicit base");
    }
    result = int_from_text(vm, bound[0], base);
  }
  if (!result || type.index == kIntType) return result;
  // A subclass's instance is always a BigIntObject carrying the subclass's tag.
  return new_int_instance(type, vm.to_bigint(result));
}

Value construct_float(VM& vm, Type& type, CallArgs args) {
  if (!check_arity(vm, args, "float", 0, 1)) return Value();
  double value = 0.0;
  if (args.nargs == 1) {
    if (type.index == kFloatType && vm.type_index(args[0]) == kFloatType) return args[0];
    if (!float_of(vm, args[0], value)) return Value();
  }
  if (type.index == kFloatType) return vm.make_float(value);
  return new_float_instance(type, value);
}

Value construct_bool(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "bool", 0, 1)) return Value();
  if (args.nargs == 0) return vm.false_value();
  int truth = vm.truthy(args[0]);
  return truth < 0 ? Value() : vm.boolean(truth);
}

// ---- Methods ------------------------------------------------------------------------------------

void install_number_methods(VM& vm) {
  Type* int_type = vm.type(kIntType);
  add_common_dunders<Owner::kInt>(vm, int_type);
  add_binary_dunders<Owner::kInt, kLShift, kRShift, kAnd, kOr, kXor>(vm, int_type);
  vm.add_method(int_type, "__invert__", unary_dunder<Owner::kInt, kInvert>);
  vm.add_method(int_type, "__int__", int_int);
  vm.add_method(int_type, "__index__", int_index);
  vm.add_method(int_type, "__trunc__", int_exact_method<kTrunc>);
  vm.add_method(int_type, "__floor__", int_exact_method<kFloor>);
  vm.add_method(int_type, "__ceil__", int_exact_method<kCeil>);
  vm.add_method(int_type, "__round__", int_round);
  vm.add_method(int_type, "conjugate", int_exact_method<kConjugate>);
  vm.add_method(int_type, "bit_length", int_bit_length);
  vm.add_method(int_type, "bit_count", int_bit_count);
  vm.add_method(int_type, "as_integer_ratio", int_as_integer_ratio);
  vm.add_method(int_type, "to_bytes", library_method<kIntToBytes>);
  vm.add_classmethod(int_type, "from_bytes", library_method<kIntFromBytes>);
  vm.add_property(int_type, "real", int_real);
  vm.add_property(int_type, "imag", int_imag);
  vm.add_property(int_type, "numerator", int_numerator);
  vm.add_property(int_type, "denominator", int_denominator);

  // bool & bool, bool | bool, bool ^ bool stay bool; everything else is int's.
  Type* bool_type = vm.type(kBoolType);
  add_binary_dunders<Owner::kBool, kAnd, kOr, kXor>(vm, bool_type);
  vm.add_method(bool_type, "__repr__", repr_dunder<Owner::kBool>);
  vm.add_static(bool_type, "__new__", new_dunder<Owner::kBool>);

  Type* float_type = vm.type(kFloatType);
  add_common_dunders<Owner::kFloat>(vm, float_type);
  vm.add_method(float_type, "__int__", float_int);
  vm.add_method(float_type, "__trunc__", float_to_int_method<kTrunc, trunc_double>);
  vm.add_method(float_type, "__floor__", float_to_int_method<kFloor, floor_double>);
  vm.add_method(float_type, "__ceil__", float_to_int_method<kCeil, ceil_double>);
  vm.add_method(float_type, "__round__", float_round);
  vm.add_method(float_type, "conjugate", float_conjugate);
  vm.add_method(float_type, "is_integer", float_is_integer);
  vm.add_method(float_type, "as_integer_ratio", float_as_integer_ratio);
  vm.add_method(float_type, "hex", library_method<kFloatHex>);
  vm.add_classmethod(float_type, "fromhex", library_method<kFloatFromhex>);
  vm.add_property(float_type, "real", float_real);
  vm.add_property(float_type, "imag", float_imag);
}

}  // namespace py
