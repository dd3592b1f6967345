// BigInt: magnitude arithmetic on base 2^32 limbs (schoolbook and Karatsuba multiplication,
// Knuth's algorithm D for division), then Python's signs on top.
#include "bigint.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <span>

namespace py::num {

namespace {

using Limb = std::uint32_t;
using Limbs = std::vector<Limb>;
using Span = std::span<const Limb>;
constexpr int kLimbBits = 32;

// Below this many limbs in the shorter factor, schoolbook multiplication beats Karatsuba
// (measured; CPython's cutoff is 70 of its 30-bit digits).
constexpr std::size_t kKaratsubaCutoff = 48;

// Limb products (or quotient limbs) left before the next poll: about a millisecond of work.
constexpr std::uint64_t kWorkPerPoll = std::uint64_t{1} << 20;
thread_local std::uint64_t work_until_poll = kWorkPerPoll;

// Counts `work` limb operations, polling the host when a millisecond's worth has been done.
void account(std::uint64_t work) {
  if (work < work_until_poll) {
    work_until_poll -= work;
    return;
  }
  work_until_poll = kWorkPerPoll;
  if (interrupt_poll.poll && interrupt_poll.poll(interrupt_poll.context)) throw Interrupted{};
}

void trim(Limbs& a) {
  while (!a.empty() && a.back() == 0) a.pop_back();
}

Span trimmed(Span a) {
  while (!a.empty() && a.back() == 0) a = a.first(a.size() - 1);
  return a;
}

std::uint64_t bit_length(Span a) {
  return a.empty() ? 0 : (a.size() - 1) * std::uint64_t{kLimbBits} + std::bit_width(a.back());
}

int compare_mag(Span a, Span b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (std::size_t i = a.size(); i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

Limbs add_mag(Span a, Span b) {
  if (a.size() < b.size()) std::swap(a, b);
  Limbs out(a.size() + 1);
  std::uint64_t carry = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    carry += std::uint64_t{a[i]} + (i < b.size() ? b[i] : 0);
    out[i] = static_cast<Limb>(carry);
    carry >>= kLimbBits;
  }
  out[a.size()] = static_cast<Limb>(carry);
  trim(out);
  return out;
}

// acc[offset...] += x; acc is long enough to hold the sum.
void add_at(Limbs& acc, std::size_t offset, Span x) {
  std::uint64_t carry = 0;
  std::size_t i = 0;
  for (; i < x.size(); ++i) {
    carry += std::uint64_t{acc[offset + i]} + x[i];
    acc[offset + i] = static_cast<Limb>(carry);
    carry >>= kLimbBits;
  }
  for (; carry; ++i) {
    carry += acc[offset + i];
    acc[offset + i] = static_cast<Limb>(carry);
    carry >>= kLimbBits;
  }
}

// acc -= x for acc >= x.
void sub_from(Limbs& acc, Span x) {
  std::int64_t borrow = 0;
  for (std::size_t i = 0; i < acc.size() && (i < x.size() || borrow); ++i) {
    std::int64_t t = std::int64_t{acc[i]} - (i < x.size() ? x[i] : 0) - borrow;
    borrow = t < 0;
    acc[i] = static_cast<Limb>(t);
  }
  trim(acc);
}

// a - b for a >= b.
Limbs sub_mag(Span a, Span b) {
  Limbs out(a.begin(), a.end());
  sub_from(out, b);
  return out;
}

Limbs mul_school(Span a, Span b) {
  account(std::uint64_t{a.size()} * b.size());
  Limbs out(a.size() + b.size());
  for (std::size_t i = 0; i < b.size(); ++i) {
    std::uint64_t carry = 0;
    const std::uint64_t bi = b[i];
    if (bi == 0) continue;
    for (std::size_t j = 0; j < a.size(); ++j) {
      carry += a[j] * bi + out[i + j];  // at most 2^64 - 1
      out[i + j] = static_cast<Limb>(carry);
      carry >>= kLimbBits;
    }
    out[i + a.size()] = static_cast<Limb>(carry);
  }
  trim(out);
  return out;
}

Limbs mul_mag(Span a, Span b) {
  a = trimmed(a);
  b = trimmed(b);
  if (a.size() < b.size()) std::swap(a, b);
  if (b.empty()) return {};
  if (b.size() < kKaratsubaCutoff) return mul_school(a, b);
  Limbs out(a.size() + b.size());
  if (a.size() >= 2 * b.size()) {
    // Lopsided: b times each b-sized slice of a, so that Karatsuba splits balanced factors.
    for (std::size_t i = 0; i < a.size(); i += b.size()) {
      Limbs product = mul_mag(a.subspan(i, std::min(b.size(), a.size() - i)), b);
      add_at(out, i, product);
    }
  } else {
    // Karatsuba: (a1 X + a0)(b1 X + b0) with X = 2^(32 half); b has more than `half` limbs.
    std::size_t half = a.size() / 2;
    Span a0 = a.first(half), a1 = a.subspan(half), b0 = b.first(half), b1 = b.subspan(half);
    Limbs low = mul_mag(a0, b0);
    Limbs high = mul_mag(a1, b1);
    Limbs middle = mul_mag(add_mag(a0, a1), add_mag(b0, b1));
    sub_from(middle, low);
    sub_from(middle, high);
    add_at(out, 0, low);
    add_at(out, half, middle);
    add_at(out, 2 * half, high);
  }
  trim(out);
  return out;
}

// a = a * factor + addend, in place.
void mul_small_add(Limbs& a, Limb factor, Limb addend) {
  std::uint64_t carry = addend;
  for (Limb& limb : a) {
    carry += std::uint64_t{limb} * factor;
    limb = static_cast<Limb>(carry);
    carry >>= kLimbBits;
  }
  if (carry) a.push_back(static_cast<Limb>(carry));
}

// a /= divisor in place; returns the remainder. A template so that the compiler turns the
// division by a constant (10^9 in str()) into a multiplication.
template <class Divisor>
Limb div_small(Limbs& a, Divisor divisor) {
  std::uint64_t rem = 0;
  for (std::size_t i = a.size(); i-- > 0;) {
    std::uint64_t cur = (rem << kLimbBits) | a[i];
    a[i] = static_cast<Limb>(cur / divisor);
    rem = cur % divisor;
  }
  trim(a);
  return static_cast<Limb>(rem);
}

Limbs shift_left_mag(Span a, std::uint64_t bits) {
  if (a.empty()) return {};
  std::size_t limbs = bits / kLimbBits;
  unsigned shift = bits % kLimbBits;
  Limbs out(a.size() + limbs + 1);
  for (std::size_t i = 0; i < a.size(); ++i) {
    std::uint64_t v = std::uint64_t{a[i]} << shift;
    out[i + limbs] |= static_cast<Limb>(v);
    out[i + limbs + 1] = static_cast<Limb>(v >> kLimbBits);
  }
  trim(out);
  return out;
}

Limbs shift_right_mag(Span a, std::uint64_t bits) {
  if (bits / kLimbBits >= a.size()) return {};
  std::size_t limbs = bits / kLimbBits;
  unsigned shift = bits % kLimbBits;
  Limbs out(a.size() - limbs);
  for (std::size_t i = 0; i < out.size(); ++i) {
    std::uint64_t v = a[i + limbs];
    if (i + limbs + 1 < a.size()) v |= std::uint64_t{a[i + limbs + 1]} << kLimbBits;
    out[i] = static_cast<Limb>(v >> shift);
  }
  trim(out);
  return out;
}

// Whether any of the lowest `bits` bits of a is set.
bool any_low_bits(Span a, std::uint64_t bits) {
  if (bits / kLimbBits >= a.size()) return !a.empty();
  std::size_t limbs = bits / kLimbBits;
  for (std::size_t i = 0; i < limbs; ++i) {
    if (a[i]) return true;
  }
  unsigned rest = bits % kLimbBits;
  return rest && (a[limbs] & ((Limb{1} << rest) - 1));
}

// Knuth's algorithm D (TAOCP 4.3.1; as in Hacker's Delight, divmnu): a = q b + r, b != 0.
void divmod_mag(Span a, Span b, Limbs& q, Limbs& r) {
  if (compare_mag(a, b) < 0) {
    q.clear();
    r.assign(a.begin(), a.end());
    return;
  }
  if (b.size() == 1) {
    q.assign(a.begin(), a.end());
    Limb rem = div_small(q, std::uint64_t{b[0]});
    r.clear();
    if (rem) r.push_back(rem);
    return;
  }
  // Normalise so that the divisor's top limb has its high bit set: the estimated quotient limb is
  // then at most 2 too large.
  unsigned shift = std::countl_zero(b.back());
  Limbs v = shift_left_mag(b, shift);
  Limbs u = shift_left_mag(a, shift);
  u.resize(a.size() + 1);
  std::size_t n = v.size(), m = a.size() - n;
  q.assign(m + 1, 0);
  const std::uint64_t base = std::uint64_t{1} << kLimbBits;
  for (std::size_t j = m + 1; j-- > 0;) {
    account(n);
    std::uint64_t top = (std::uint64_t{u[j + n]} << kLimbBits) | u[j + n - 1];
    std::uint64_t qhat = top / v[n - 1];
    std::uint64_t rhat = top % v[n - 1];
    while (qhat >= base || qhat * v[n - 2] > ((rhat << kLimbBits) | u[j + n - 2])) {
      --qhat;
      rhat += v[n - 1];
      if (rhat >= base) break;
    }
    // u[j..j+n] -= qhat * v
    std::int64_t borrow = 0;
    std::uint64_t carry = 0;
    for (std::size_t i = 0; i < n; ++i) {
      std::uint64_t p = qhat * v[i] + carry;
      carry = p >> kLimbBits;
      std::int64_t t = std::int64_t{u[i + j]} - static_cast<Limb>(p) - borrow;
      u[i + j] = static_cast<Limb>(t);
      borrow = t < 0;
    }
    std::int64_t t = std::int64_t{u[j + n]} - static_cast<std::int64_t>(carry) - borrow;
    u[j + n] = static_cast<Limb>(t);
    if (t < 0) {  // qhat was one too large: add v back
      --qhat;
      std::uint64_t sum = 0;
      for (std::size_t i = 0; i < n; ++i) {
        sum += std::uint64_t{u[i + j]} + v[i];
        u[i + j] = static_cast<Limb>(sum);
        sum >>= kLimbBits;
      }
      u[j + n] += static_cast<Limb>(sum);
    }
    q[j] = static_cast<Limb>(qhat);
  }
  trim(q);
  u.resize(n);
  r = shift_right_mag(u, shift);
}

// Two's complement of a magnitude over `size` limbs (the caller sign-extends beyond).
Limbs twos_complement(Span a, std::size_t size) {
  Limbs out(size);
  std::uint64_t carry = 1;
  for (std::size_t i = 0; i < size; ++i) {
    carry += static_cast<Limb>(~(i < a.size() ? a[i] : 0));
    out[i] = static_cast<Limb>(carry);
    carry >>= kLimbBits;
  }
  return out;
}

constexpr char kDigitChars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// log2(base) for the power-of-2 bases, else 0.
int power_of_two_bits(int base) {
  auto b = static_cast<unsigned>(base);
  return std::has_single_bit(b) ? std::countr_zero(b) : 0;
}

// The largest power of `base` that fits a limb, and its exponent: str() and int() convert that
// many digits per limb operation.
std::pair<Limb, int> limb_power(int base) {
  Limb power = base;
  int digits = 1;
  while (std::uint64_t{power} * base <= 0xFFFFFFFFu) {
    power *= base;
    ++digits;
  }
  return {power, digits};
}

// Appends the digits of a in a base that is not a power of 2, left-padded with zeros to `width`:
// repeated division by the largest power of the base that fits a limb (10^9 for base 10) gives
// them in chunks, least significant first.
void small_base_digits(Span a, int base, std::size_t width, std::string& out) {
  auto [power, per_chunk] = limb_power(base);
  Limbs work(a.begin(), a.end());
  std::string reversed;
  while (!work.empty()) {
    Limb chunk = base == 10 ? div_small(work, std::integral_constant<std::uint64_t, 1000000000>{})
                            : div_small(work, std::uint64_t{power});
    for (int i = 0; i < per_chunk && (chunk || !work.empty()); ++i, chunk /= base) {
      reversed += kDigitChars[chunk % base];
    }
  }
  if (reversed.size() < width) out.append(width - reversed.size(), '0');
  out.append(reversed.rbegin(), reversed.rend());
}

// Divide and conquer for base 10 in both directions: powers[k] = 10^(9 * 2^k), and a number below
// powers[k]^2 splits into halves of 9 * 2^k digits by it. Above the small base case, str() then
// costs about as many limb operations as one schoolbook division (which, unlike division by 10^9
// limb after limb, is not bound by the latency of a dependency chain), and int() is subquadratic
// through Karatsuba.
struct DecimalPowers {
  std::vector<Limbs> powers{Limbs{1000000000}};

  // Powers until the square of the last exceeds a (known from bit lengths: the square of a
  // b-bit number has at least 2b - 1 bits).
  static DecimalPowers covering(Span a) {
    DecimalPowers p;
    while (2 * bit_length(p.powers.back()) - 1 <= bit_length(a)) p.grow();
    return p;
  }
  // Powers until the square of the last covers that many digits.
  static DecimalPowers covering_digits(std::size_t count) {
    DecimalPowers p;
    while (digits(p.powers.size()) < count) p.grow();
    return p;
  }
  void grow() { powers.push_back(mul_mag(powers.back(), powers.back())); }
  // The digits of a number below powers[k] (or below the square of the last, for k = size).
  static std::size_t digits(std::size_t k) { return std::size_t{9} << k; }
};

// Below this many limbs, str() divides by 10^9 limb after limb.
constexpr std::size_t kDecimalSplitLimbs = 40;

// Appends the digits of a < powers[k - 1]^2, padded with zeros to 9 * 2^k digits if `pad`.
void decimal_digits(Span a, const DecimalPowers& p, std::size_t k, bool pad, std::string& out) {
  if (k == 0 || a.size() < kDecimalSplitLimbs) {
    small_base_digits(a, 10, pad ? DecimalPowers::digits(k) : 0, out);
    return;
  }
  Limbs q, r;
  divmod_mag(a, p.powers[k - 1], q, r);  // q < powers[k - 1] since a < powers[k - 1]^2
  if (q.empty() && !pad) {
    decimal_digits(r, p, k - 1, false, out);
  } else {
    decimal_digits(q, p, k - 1, pad, out);
    decimal_digits(r, p, k - 1, true, out);
  }
}

void decimal_digits(Span a, std::string& out) {
  DecimalPowers p = DecimalPowers::covering(a);
  decimal_digits(a, p, p.powers.size(), false, out);
}

// The value of a magnitude of at most 64 bits.
std::uint64_t to_uint64(Span a) {
  std::uint64_t value = 0;
  for (std::size_t i = a.size(); i-- > 0;) value = (value << kLimbBits) | a[i];
  return value;
}

constexpr std::uint64_t kHashBits = 61;
constexpr std::uint64_t kHashModulus = (std::uint64_t{1} << kHashBits) - 1;

}  // namespace

std::string max_str_digits_error(std::size_t limit) {
  return "Exceeds the limit (" + std::to_string(limit) +
         " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase "
         "the limit";
}

std::string max_str_digits_error(std::size_t limit, std::size_t digits) {
  return "Exceeds the limit (" + std::to_string(limit) +
         " digits) for integer string conversion: value has " + std::to_string(digits) +
         " digits; use sys.set_int_max_str_digits() to increase the limit";
}

// --- construction and conversion ---

void BigInt::set_int64(std::int64_t value) {
  // The magnitude of INT64_MIN does not fit an int64_t: negate as unsigned.
  set_uint64(value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value));
  negative_ = value < 0;
}

void BigInt::set_uint64(std::uint64_t value) {
  mag_.clear();
  negative_ = false;
  for (; value; value >>= kLimbBits) mag_.push_back(static_cast<Limb>(value));
}

BigInt BigInt::from_magnitude(std::vector<std::uint32_t> magnitude, bool negative) {
  BigInt n;
  n.mag_ = std::move(magnitude);
  trim(n.mag_);
  n.negative_ = negative && !n.mag_.empty();
  return n;
}

std::optional<BigInt> BigInt::from_double(double value) {
  if (!std::isfinite(value)) return std::nullopt;
  value = std::trunc(value);
  if (std::fabs(value) < 0x1p63) return BigInt(static_cast<std::int64_t>(value));
  // value = mantissa * 2^(exponent - 53) with a 53-bit integer mantissa.
  int exponent;
  double fraction = std::frexp(std::fabs(value), &exponent);
  BigInt n(static_cast<std::uint64_t>(std::ldexp(fraction, 53)));
  n = n << (exponent - 53);
  n.negative_ = value < 0;
  return n;
}

std::uint64_t BigInt::bit_length() const noexcept {
  return num::bit_length(mag_);
}

std::uint64_t BigInt::bit_count() const noexcept {
  std::uint64_t count = 0;
  for (Limb limb : mag_) count += std::popcount(limb);
  return count;
}

bool BigInt::fits_int64() const noexcept {
  if (mag_.size() <= 1) return true;
  if (mag_.size() > 2) return false;
  std::uint64_t m = to_uint64(mag_);
  return m <= (std::uint64_t{1} << 63) - (negative_ ? 0 : 1);
}

std::int64_t BigInt::to_int64() const noexcept {
  std::uint64_t m = to_uint64(mag_);
  return negative_ ? static_cast<std::int64_t>(0 - m) : static_cast<std::int64_t>(m);
}

Result<double> BigInt::to_double() const {
  // Converting the top 64 bits, with a sticky bit standing for the ones below, rounds correctly
  // (half to even): the 11 bits under the 53 kept hold the rounding bit and the sticky bit.
  const Error overflow{ErrorKind::kOverflow, "int too large to convert to float"};
  std::uint64_t bits = bit_length();
  if (bits > 1024) return overflow;  // at least 2^1024
  std::uint64_t shift = bits > 64 ? bits - 64 : 0;
  std::uint64_t top_bits = to_uint64(shift_right_mag(mag_, shift));
  if (any_low_bits(mag_, shift)) top_bits |= 1;
  double result = std::ldexp(static_cast<double>(top_bits), static_cast<int>(shift));
  if (std::isinf(result)) return overflow;  // rounded up to 2^1024
  return negative_ ? -result : result;
}

std::int64_t hash_int64(std::int64_t n) noexcept {
  std::uint64_t magnitude = n < 0 ? 0 - static_cast<std::uint64_t>(n) : n;
  auto x = static_cast<std::int64_t>(magnitude % kHashModulus);
  if (n < 0) x = -x;
  return x == -1 ? -2 : x;  // -1 is CPython's error return
}

std::int64_t hash_bigint(const BigInt& n) noexcept {
  // |n| mod 2^61 - 1, limb by limb: multiplying by 2^32 modulo 2^61 - 1 rotates the 61 bits.
  std::uint64_t x = 0;
  for (std::size_t i = n.mag_.size(); i-- > 0;) {
    x = ((x << kLimbBits) & kHashModulus) | (x >> (kHashBits - kLimbBits));
    x += n.mag_[i];
    if (x >= kHashModulus) x -= kHashModulus;
  }
  std::int64_t h = n.negative_ ? -static_cast<std::int64_t>(x) : static_cast<std::int64_t>(x);
  return h == -1 ? -2 : h;
}

// --- arithmetic ---

BigInt BigInt::operator-() const {
  BigInt n = *this;
  n.negative_ = !negative_ && !mag_.empty();
  return n;
}

BigInt BigInt::abs() const {
  BigInt n = *this;
  n.negative_ = false;
  return n;
}

BigInt operator+(const BigInt& a, const BigInt& b) {
  if (a.negative_ == b.negative_) {
    return BigInt::from_magnitude(add_mag(a.mag_, b.mag_), a.negative_);
  }
  int c = compare_mag(a.mag_, b.mag_);
  if (c == 0) return {};
  if (c > 0) return BigInt::from_magnitude(sub_mag(a.mag_, b.mag_), a.negative_);
  return BigInt::from_magnitude(sub_mag(b.mag_, a.mag_), b.negative_);
}

BigInt operator-(const BigInt& a, const BigInt& b) {
  return a + -b;
}

BigInt operator*(const BigInt& a, const BigInt& b) {
  return BigInt::from_magnitude(mul_mag(a.mag_, b.mag_), a.negative_ != b.negative_);
}

bool operator==(const BigInt& a, const BigInt& b) noexcept {
  return a.negative_ == b.negative_ && a.mag_ == b.mag_;
}

std::strong_ordering operator<=>(const BigInt& a, const BigInt& b) noexcept {
  if (a.negative_ != b.negative_) {
    return a.negative_ ? std::strong_ordering::less : std::strong_ordering::greater;
  }
  int c = compare_mag(a.mag_, b.mag_);
  return (a.negative_ ? -c : c) <=> 0;
}

std::pair<BigInt, BigInt> BigInt::divmod(const BigInt& a, const BigInt& b) {
  Limbs q, r;
  divmod_mag(a.mag_, b.mag_, q, r);
  // |a| = Q |b| + R. With different signs, floor division rounds the negative quotient down:
  // -(Q + 1), and the remainder becomes |b| - R, with the sign of b.
  bool signs_differ = a.negative_ != b.negative_;
  if (signs_differ && !r.empty()) {
    q = add_mag(q, Limbs{1});
    r = sub_mag(b.mag_, r);
  }
  return {from_magnitude(std::move(q), signs_differ), from_magnitude(std::move(r), b.negative_)};
}

BigInt BigInt::pow(const BigInt& base, std::uint64_t exponent) {
  if (exponent == 0) return 1;
  bool negative = base.negative_ && (exponent & 1);
  if (base.bit_count() == 1) {  // ±2^k: a shift
    return from_magnitude((BigInt(1) << (base.bit_length() - 1) * exponent).mag_, negative);
  }
  // Left-to-right binary exponentiation: squarings of the growing result use Karatsuba.
  BigInt result = base;
  for (int bit = std::bit_width(exponent) - 2; bit >= 0; --bit) {
    result = result * result;
    if ((exponent >> bit) & 1) result = result * base;
  }
  return result;
}

std::optional<BigInt> BigInt::pow_mod(const BigInt& base, const BigInt& exponent,
                                      const BigInt& modulus) {
  BigInt m = modulus.abs();
  if (m == 1) return BigInt();  // before the inverse: pow(2, -1, 1) == 0
  BigInt b = mod(base, m);
  BigInt e = exponent.abs();
  if (exponent.negative_) {
    // The inverse of b modulo m by the extended Euclidean algorithm, as CPython's long_invmod.
    BigInt a = b, n = m, c = 1, d = 0;
    while (!n.is_zero()) {
      auto [q, r] = divmod(a, n);
      a = std::move(n);
      n = std::move(r);
      BigInt t = c - q * d;
      c = std::move(d);
      d = std::move(t);
    }
    if (a != 1) return std::nullopt;
    b = mod(c, m);
  }
  BigInt result = 1;
  for (std::uint64_t bit = e.bit_length(); bit-- > 0;) {
    result = mod(result * result, m);
    if ((e.mag_[bit / kLimbBits] >> (bit % kLimbBits)) & 1) result = mod(result * b, m);
  }
  // The result lies in [0, m); a negative modulus moves it to (modulus, 0].
  if (modulus.negative_ && !result.is_zero()) result = result - m;
  return result;
}

BigInt BigInt::gcd(const BigInt& a, const BigInt& b) {
  Limbs x = a.mag_, y = b.mag_, q, r;
  while (!y.empty()) {
    divmod_mag(x, y, q, r);
    x = std::move(y);
    y = std::move(r);
  }
  return from_magnitude(std::move(x), false);
}

// --- bits ---

BigInt BigInt::bitwise(const BigInt& a, const BigInt& b, char op) {
  // One limb more than the longer operand holds the sign extension of both.
  std::size_t size = std::max(a.mag_.size(), b.mag_.size()) + 1;
  Limbs x = a.negative_ ? twos_complement(a.mag_, size) : Limbs(size);
  Limbs y = b.negative_ ? twos_complement(b.mag_, size) : Limbs(size);
  if (!a.negative_) std::copy(a.mag_.begin(), a.mag_.end(), x.begin());
  if (!b.negative_) std::copy(b.mag_.begin(), b.mag_.end(), y.begin());
  for (std::size_t i = 0; i < size; ++i) {
    x[i] = op == '&' ? x[i] & y[i] : op == '|' ? x[i] | y[i] : x[i] ^ y[i];
  }
  bool negative = x.back() >> (kLimbBits - 1);
  if (negative) x = twos_complement(x, size);
  return from_magnitude(std::move(x), negative);
}

BigInt operator&(const BigInt& a, const BigInt& b) {
  return BigInt::bitwise(a, b, '&');
}
BigInt operator|(const BigInt& a, const BigInt& b) {
  return BigInt::bitwise(a, b, '|');
}
BigInt operator^(const BigInt& a, const BigInt& b) {
  return BigInt::bitwise(a, b, '^');
}

BigInt BigInt::operator~() const {
  return -*this - 1;
}

BigInt BigInt::operator<<(std::uint64_t bits) const {
  return from_magnitude(shift_left_mag(mag_, bits), negative_);
}

BigInt BigInt::operator>>(std::uint64_t bits) const {
  Limbs q = shift_right_mag(mag_, bits);
  // Floor for negatives: -ceil(|n| / 2^bits).
  if (negative_ && any_low_bits(mag_, bits)) q = add_mag(q, Limbs{1});
  return from_magnitude(std::move(q), negative_);
}

// --- strings ---

std::string BigInt::to_string(int base) const {
  if (mag_.empty()) return "0";
  std::string digits;
  if (int bits = power_of_two_bits(base)) {
    // Each digit is a group of bits, read from the lowest.
    std::uint64_t count = (bit_length() + bits - 1) / bits;
    digits.resize(count);
    for (std::uint64_t i = 0; i < count; ++i) {
      std::uint64_t position = i * bits;
      std::size_t limb = position / kLimbBits;
      unsigned offset = position % kLimbBits;
      std::uint64_t v = mag_[limb] >> offset;
      if (offset + bits > kLimbBits && limb + 1 < mag_.size()) {
        v |= std::uint64_t{mag_[limb + 1]} << (kLimbBits - offset);
      }
      digits[count - 1 - i] = kDigitChars[v & (base - 1)];
    }
  } else if (base == 10) {
    decimal_digits(mag_, digits);
  } else {
    small_base_digits(mag_, base, 0, digits);
  }
  return negative_ ? "-" + digits : digits;
}

bool BigInt::exceeds_str_digits(std::size_t max_str_digits) const {
  if (max_str_digits == 0 || mag_.empty()) return false;
  // |n| has more than max digits iff |n| >= 10^max. Its bit length b bounds
  // log10|n| to [(b - 1) log10(2), b log10(2)): only near the limit is 10^max needed.
  constexpr double kLog10Of2 = 0.30102999566398120;
  double bits = static_cast<double>(bit_length());
  double limit = static_cast<double>(max_str_digits);
  if ((bits - 1) * kLog10Of2 > limit + 1) return true;
  if (bits * kLog10Of2 < limit - 1) return false;
  return compare_mag(mag_, pow(10, max_str_digits).mag_) >= 0;
}

namespace {

// The value of digits (with underscores, already validated) in base 2..36.
Limbs parse_digits(std::string_view text, int base) {
  Limbs value;
  if (int bits = power_of_two_bits(base)) {
    std::uint64_t position = 0;  // bit position of the next digit, from the right
    for (std::size_t i = text.size(); i-- > 0;) {
      if (text[i] == '_') continue;
      std::uint64_t digit = digit_value(text[i]);
      std::size_t limb = position / kLimbBits;
      unsigned offset = position % kLimbBits;
      if (limb + 2 > value.size()) value.resize(limb + 2);
      value[limb] |= static_cast<Limb>(digit << offset);
      value[limb + 1] |= static_cast<Limb>((digit << offset) >> kLimbBits);
      position += bits;
    }
  } else {
    // Chunks of digits, each added by one multiply-add pass over the value.
    auto [power, per_chunk] = limb_power(base);
    Limb chunk = 0, chunk_power = 1;
    for (char c : text) {
      if (c == '_') continue;
      chunk = chunk * base + digit_value(c);
      chunk_power *= base;
      if (chunk_power == power) {
        mul_small_add(value, power, chunk);
        chunk = 0;
        chunk_power = 1;
      }
    }
    if (chunk_power > 1) mul_small_add(value, chunk_power, chunk);
  }
  trim(value);
  return value;
}

// Above this many digits, int() of a decimal string splits it (below, the chunked multiply-adds are
// faster than multiplications by powers of 10).
constexpr std::size_t kDecimalSplitDigits = 2000;

// The value of at most 9 * 2^k decimal digits without underscores: high * powers[k - 1] + low.
Limbs parse_decimal(std::string_view digits, const DecimalPowers& p, std::size_t k) {
  if (digits.size() <= kDecimalSplitDigits) return parse_digits(digits, 10);
  std::size_t low_size = DecimalPowers::digits(k - 1);
  if (digits.size() <= low_size) return parse_decimal(digits, p, k - 1);
  std::string_view high = digits.substr(0, digits.size() - low_size);
  Limbs value = mul_mag(parse_decimal(high, p, k - 1), p.powers[k - 1]);
  return add_mag(value, parse_decimal(digits.substr(high.size()), p, k - 1));
}

char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

}  // namespace

ParsedInt BigInt::parse(std::string_view text, int base, std::size_t max_str_digits) {
  std::string ascii;
  if (std::any_of(text.begin(), text.end(), [](char c) { return c & 0x80; })) {
    ascii = unicode_digits_to_ascii(text);
    text = ascii;
  }
  // The steps of CPython's PyLong_FromString.
  ParsedInt result;
  std::size_t pos = 0;
  auto at = [&](std::size_t i) { return i < text.size() ? text[i] : '\0'; };
  while (is_ascii_space(at(pos))) ++pos;
  bool negative = at(pos) == '-';
  if (at(pos) == '+' || at(pos) == '-') ++pos;
  char marker = ascii_lower(at(pos + 1));
  bool error_if_nonzero = false;  // base 0 rejects 0777: octal needs 0o
  if (base == 0) {
    if (at(pos) != '0') {
      base = 10;
    } else if (marker == 'x' || marker == 'o' || marker == 'b') {
      base = marker == 'x' ? 16 : marker == 'o' ? 8 : 2;
    } else {
      error_if_nonzero = true;
      base = 10;
    }
  }
  if (at(pos) == '0' && ((base == 16 && marker == 'x') || (base == 8 && marker == 'o') ||
                         (base == 2 && marker == 'b'))) {
    pos += 2;
    if (at(pos) == '_') ++pos;  // 0x_ff
  }
  if (at(pos) == '_') return result;
  std::size_t start = pos, digits = 0;
  char previous = '\0';
  for (; pos < text.size() && (text[pos] == '_' || digit_value(text[pos]) < base); ++pos) {
    if (text[pos] == '_') {
      if (previous == '_') return result;
    } else {
      ++digits;
    }
    previous = text[pos];
  }
  if (previous == '_' || digits == 0) return result;
  std::string_view body = text.substr(start, pos - start);
  if (!power_of_two_bits(base) && digits > kMaxStrDigitsThreshold && max_str_digits &&
      digits > max_str_digits) {
    result.status = ParsedInt::Status::kTooManyDigits;
    result.digits = digits;
    return result;
  }
  while (is_ascii_space(at(pos))) ++pos;
  if (pos != text.size()) return result;
  Limbs magnitude;
  if (base == 10 && digits > kDecimalSplitDigits) {
    std::string plain;
    plain.reserve(digits);
    std::copy_if(body.begin(), body.end(), std::back_inserter(plain),
                 [](char c) { return c != '_'; });
    DecimalPowers powers = DecimalPowers::covering_digits(digits);
    magnitude = parse_decimal(plain, powers, powers.powers.size());
  } else {
    magnitude = parse_digits(body, base);
  }
  BigInt value = from_magnitude(std::move(magnitude), negative);
  if (error_if_nonzero && !value.is_zero()) return result;
  result.status = ParsedInt::Status::kOk;
  result.value = std::move(value);
  return result;
}

// --- int and float ---

Result<double> true_divide(const BigInt& a, const BigInt& b) {
  // CPython's long_true_divide: an integer quotient of DBL_MANT_DIG + 2 or 3 bits (fewer for
  // subnormal results), rounded half to even by hand with the remainder as a sticky bit, then
  // scaled exactly by ldexp.
  constexpr std::int64_t kMantDig = 53, kMaxExp = 1024, kMinExp = -1021;
  const Error overflow{ErrorKind::kOverflow, "integer division result too large for a float"};
  bool negate = a.negative_ != b.negative_;
  auto with_sign = [&](double value) { return negate ? -value : value; };
  std::int64_t a_bits = a.bit_length(), b_bits = b.bit_length();
  if (a_bits <= kMantDig && b_bits <= kMantDig) {  // both exact: IEEE division rounds correctly
    return with_sign(static_cast<double>(to_uint64(a.mag_)) /
                     static_cast<double>(to_uint64(b.mag_)));
  }
  if (a_bits == 0) return with_sign(0.0);
  std::int64_t diff = a_bits - b_bits;
  if (diff > kMaxExp) return overflow;
  if (diff < kMinExp - kMantDig - 1) return with_sign(0.0);
  std::int64_t shift = std::max(diff, kMinExp) - kMantDig - 2;
  Limbs x, q, r;
  bool inexact = false;
  if (shift <= 0) {
    x = shift_left_mag(a.mag_, -shift);
  } else {
    x = shift_right_mag(a.mag_, shift);
    inexact = any_low_bits(a.mag_, shift);
  }
  divmod_mag(x, b.mag_, q, r);
  inexact = inexact || !r.empty();
  std::uint64_t low = to_uint64(q);  // at most DBL_MANT_DIG + 3 bits
  std::int64_t x_bits = std::bit_width(low);
  std::int64_t extra_bits = std::max(x_bits, kMinExp - shift) - kMantDig;
  std::uint64_t mask = std::uint64_t{1} << (extra_bits - 1);
  low |= inexact;
  if ((low & mask) && (low & (3 * mask - 1))) low += mask;
  low &= ~(2 * mask - 1);
  double dx = static_cast<double>(low);  // exact
  if (shift + x_bits >= kMaxExp &&
      (shift + x_bits > kMaxExp || dx == std::ldexp(1.0, static_cast<int>(x_bits)))) {
    return overflow;
  }
  return with_sign(std::ldexp(dx, static_cast<int>(shift)));
}

std::partial_ordering compare(const BigInt& a, double b) {
  if (std::isnan(b)) return std::partial_ordering::unordered;
  if (std::isinf(b)) return b > 0 ? std::partial_ordering::less : std::partial_ordering::greater;
  double whole = std::trunc(b);
  std::partial_ordering c = a <=> *BigInt::from_double(whole);
  if (c != 0) return c;
  double fraction = b - whole;  // exact
  return 0.0 <=> fraction;
}

// --- Unicode digits and spaces ---

namespace {

// The zero of each run of ten Unicode decimal digits (Nd), Unicode 14.0.
constexpr char32_t kDecimalZeros[] = {
    0x30,    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,
    0xc66,   0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,
    0x1810,  0x1946,  0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,
    0xa8d0,  0xa900,  0xa9d0,  0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066,
    0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0,
    0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2,
    0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0};

// str.isspace() beyond ASCII.
bool is_unicode_space(char32_t c) {
  return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 ||
         c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

// Decodes the UTF-8 sequence at text[i], advancing i; nullopt if malformed.
std::optional<char32_t> decode_utf8(std::string_view text, std::size_t& i) {
  unsigned char lead = text[i];
  int length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  if (length == 1 || i + length > text.size()) return std::nullopt;
  char32_t c = lead & (0x7f >> length);
  for (int k = 1; k < length; ++k) {
    unsigned char next = text[i + k];
    if ((next & 0xc0) != 0x80) return std::nullopt;
    c = (c << 6) | (next & 0x3f);
  }
  i += length;
  return c;
}

}  // namespace

int unicode_decimal_value(char32_t c) noexcept {
  const char32_t* zero = std::upper_bound(std::begin(kDecimalZeros), std::end(kDecimalZeros), c);
  if (zero == std::begin(kDecimalZeros)) return -1;
  char32_t offset = c - zero[-1];
  return offset < 10 ? static_cast<int>(offset) : -1;
}

std::string unicode_digits_to_ascii(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (!(text[i] & 0x80)) {
      out += text[i++];
      continue;
    }
    std::optional<char32_t> c = decode_utf8(text, i);
    int digit = c ? unicode_decimal_value(*c) : -1;
    if (c && is_unicode_space(*c)) {
      out += ' ';
    } else if (digit >= 0) {
      out += static_cast<char>('0' + digit);
    } else {
      out += '?';
      break;
    }
  }
  return out;
}

}  // namespace py::num
