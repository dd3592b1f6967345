// Arbitrary-precision integers for Python's int, with CPython 3.11's semantics.
//
// Representation: sign and magnitude. The magnitude is a little-endian std::vector of base 2^32
// limbs (products and quotients of two limbs fit in a uint64_t), with no leading zero limbs; zero
// is the empty vector and is never negative. Python's infinite two's complement appears only in
// the bitwise operators and shifts.
//
// Everything is pure C++ with no dependency on the interpreter's objects, and errors are values
// (Result, ParsedInt, std::optional), never C++ exceptions (but Interrupted, below, when the
// host stops a long operation). Division by zero and negative shift
// counts are the caller's checks, as are the sizes of results that could not fit in memory
// (1 << 10**12): CPython raises MemoryError or OverflowError there.
#pragma once

#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace py::num {

// The Python exception a numeric operation raises, and its message.
enum class ErrorKind { kValue, kOverflow, kZeroDivision, kMemory };

// Long arithmetic stops when the host asks, as a loop does: multiplication and division call
// the poll set for this thread every few milliseconds of work, and when it answers true they
// throw Interrupted (the one C++ exception here), which the interpreter turns into
// KeyboardInterrupt at the instruction, as it turns std::bad_alloc into MemoryError. Without
// it, `10**10**8` or a fuzzer's `x**158682` ran for minutes whatever Stop or Ctrl-C said.
struct Interrupted {};
struct InterruptPoll {
  bool (*poll)(void* context) = nullptr;  // null: none
  void* context = nullptr;
};
// This thread's poll. Inline, as the interpreter sets and restores it at every entry (each task
// step is one).
inline thread_local InterruptPoll interrupt_poll;

struct Error {
  ErrorKind kind;
  std::string message;
};

// A value or the Python exception that replaces it.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}
  Result(Error error) : error_(std::move(error)) {}

  bool ok() const noexcept { return value_.has_value(); }
  explicit operator bool() const noexcept { return ok(); }
  T& value() { return *value_; }
  const T& value() const { return *value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  const Error& error() const noexcept { return error_; }

 private:
  std::optional<T> value_;
  Error error_{};
};

// sys.get_int_max_str_digits() by default, and the smallest limit sys.set_int_max_str_digits()
// accepts (besides 0, no limit). Limits apply to base 10 only (and to the other bases that are not
// powers of 2 when parsing).
inline constexpr std::size_t kDefaultMaxStrDigits = 4300;
inline constexpr std::size_t kMaxStrDigitsThreshold = 640;

// CPython's ValueError messages for the limit: converting to a str, and parsing `digits` digits.
std::string max_str_digits_error(std::size_t limit);
std::string max_str_digits_error(std::size_t limit, std::size_t digits);

class BigInt;

// The result of BigInt::parse (int(str, base)). kInvalid: the caller raises
// "invalid literal for int() with base {base}: {text!r}"; kTooManyDigits:
// max_str_digits_error(limit, digits).
struct ParsedInt;

class BigInt {
 public:
  BigInt() = default;
  template <std::integral T>
  BigInt(T value) {  // NOLINT(google-explicit-constructor): ints convert like Python's
    if constexpr (std::is_signed_v<T>) {
      set_int64(value);
    } else {
      set_uint64(value);
    }
  }
  // int(x) for a float: truncates toward zero. nullopt for inf ("cannot convert float infinity
  // to integer", OverflowError) and nan ("cannot convert float NaN to integer", ValueError).
  static std::optional<BigInt> from_double(double value);

  bool is_zero() const noexcept { return mag_.empty(); }
  bool is_negative() const noexcept { return negative_; }
  bool is_odd() const noexcept { return !mag_.empty() && (mag_[0] & 1); }
  std::uint64_t bit_length() const noexcept;  // of the magnitude, as int.bit_length()
  std::uint64_t bit_count() const noexcept;   // ones in the magnitude, as int.bit_count()

  bool fits_int64() const noexcept;
  std::int64_t to_int64() const noexcept;  // precondition: fits_int64()
  // float(n), correctly rounded (half to even). Error: OverflowError
  // "int too large to convert to float".
  Result<double> to_double() const;

  BigInt operator-() const;
  BigInt abs() const;
  friend BigInt operator+(const BigInt& a, const BigInt& b);
  friend BigInt operator-(const BigInt& a, const BigInt& b);
  friend BigInt operator*(const BigInt& a, const BigInt& b);
  friend bool operator==(const BigInt& a, const BigInt& b) noexcept;
  friend std::strong_ordering operator<=>(const BigInt& a, const BigInt& b) noexcept;

  // Python's // and %: the quotient rounds toward minus infinity and the remainder has the sign of
  // the divisor. Precondition: b != 0 (the caller raises ZeroDivisionError
  // "integer division or modulo by zero").
  static std::pair<BigInt, BigInt> divmod(const BigInt& a, const BigInt& b);
  static BigInt floor_div(const BigInt& a, const BigInt& b) { return divmod(a, b).first; }
  static BigInt mod(const BigInt& a, const BigInt& b) { return divmod(a, b).second; }

  // base ** exponent. The result has about bit_length(base) * exponent bits: the caller bounds it.
  static BigInt pow(const BigInt& base, std::uint64_t exponent);
  // pow(base, exponent, modulus), modulus != 0 (the caller raises "pow() 3rd argument cannot be
  // 0"). A negative exponent uses the modular inverse; nullopt when there is none (ValueError
  // "base is not invertible for the given modulus"). The result has the sign of the modulus.
  static std::optional<BigInt> pow_mod(const BigInt& base, const BigInt& exponent,
                                       const BigInt& modulus);
  // math.gcd(a, b): non-negative.
  static BigInt gcd(const BigInt& a, const BigInt& b);

  // Bitwise operators on the infinite two's complement, as Python's.
  friend BigInt operator&(const BigInt& a, const BigInt& b);
  friend BigInt operator|(const BigInt& a, const BigInt& b);
  friend BigInt operator^(const BigInt& a, const BigInt& b);
  BigInt operator~() const;  // -n - 1
  BigInt operator<<(std::uint64_t bits) const;
  BigInt operator>>(std::uint64_t bits) const;  // floors: -1 >> 5 == -1

  // Digits in base 2..36, lowercase, with a leading '-' for negatives and no prefix (bin(), oct()
  // and hex() add it). Base 10 has no limit here: check exceeds_str_digits() first.
  std::string to_string(int base = 10) const;
  // True when str(n) has more than max_str_digits digits (0: no limit). The caller then raises
  // ValueError(max_str_digits_error(max_str_digits)).
  bool exceeds_str_digits(std::size_t max_str_digits) const;

  // int(text, base), base 0 or 2..36 (the caller checks: "int() base must be >= 2 and <= 36,
  // or 0"). Accepts what CPython accepts: surrounding whitespace, a sign, the 0x/0o/0b prefix
  // matching the base (base 0 deduces the base from it), single underscores between digits, and
  // for a str the Unicode decimal digits and spaces (so for bytes, reject non-ASCII first). With
  // max_str_digits != 0, more digits than that in a base that is not a power of 2 give
  // kTooManyDigits — checked before the rest of the text, as CPython does.
  static ParsedInt parse(std::string_view text, int base = 10, std::size_t max_str_digits = 0);

 private:
  void set_int64(std::int64_t value);
  void set_uint64(std::uint64_t value);
  static BigInt from_magnitude(std::vector<std::uint32_t> magnitude, bool negative);
  static BigInt bitwise(const BigInt& a, const BigInt& b, char op);
  friend Result<double> true_divide(const BigInt& a, const BigInt& b);
  friend std::int64_t hash_bigint(const BigInt& n) noexcept;

  std::vector<std::uint32_t> mag_;  // little-endian base 2^32 limbs, no leading zeros
  bool negative_ = false;           // never set for zero
};

struct ParsedInt {
  enum class Status { kOk, kInvalid, kTooManyDigits };
  Status status = Status::kInvalid;
  BigInt value;
  std::size_t digits = 0;  // with kTooManyDigits: how many digits the text has
  bool ok() const noexcept { return status == Status::kOk; }
};

// hash(n) as CPython computes it on 64-bit platforms: n mod (2^61 - 1) with the sign of n, and
// -1 replaced by -2 (so hash(-1) == -2). hash_int64 spares building a BigInt.
std::int64_t hash_int64(std::int64_t n) noexcept;
std::int64_t hash_bigint(const BigInt& n) noexcept;

// a / b for ints (int.__truediv__), correctly rounded as CPython's: 10**400 / 10**399 == 10.0.
// Precondition: b != 0 (ZeroDivisionError "division by zero"). Error: OverflowError
// "integer division result too large for a float".
Result<double> true_divide(const BigInt& a, const BigInt& b);

// The exact comparison of an int and a float (1 == 1.0, 2**53 + 1 > 2.0**53): unordered for nan.
std::partial_ordering compare(const BigInt& a, double b);

// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII, which int(str) and float(str) apply first:
// UTF-8 text with each Unicode white space turned into ' ' and each Unicode decimal digit into its
// ASCII digit; ASCII is kept; any other character becomes '?' and ends the result.
std::string unicode_digits_to_ascii(std::string_view text);
// The value of a Unicode decimal digit (category Nd, Unicode 14 as in CPython 3.11), else -1.
int unicode_decimal_value(char32_t c) noexcept;

}  // namespace py::num
