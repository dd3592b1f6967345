// Float conversions and formatting, ported from CPython 3.11: Python/dtoa.c (the digit modes),
// Python/pystrtod.c (format_float_short), Python/formatter_unicode.c (the format mini-language),
// Objects/unicodeobject.c (printf-style %), Objects/floatobject.c (round, %, //, **) and
// Python/pyhash.c.
#include "float_format.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstring>
#include <vector>

namespace py::num {

namespace {

// --- exact decimal digits ---

// Digits d1 d2 ... dn of a positive double, meaning 0.d1d2...dn * 10^decpt, without trailing
// zeros, as dtoa.c returns them. Empty when a fixed rounding gave zero.
struct Digits {
  std::string digits;
  int decpt = 0;
};

BigInt pow10(std::int64_t n) {
  return BigInt::pow(10, n);
}

// The IEEE 754 representation of x (std::bit_cast is missing from Emscripten's libc++ 13).
std::uint64_t ieee_bits(double x) {
  std::uint64_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  return bits;
}

// x = mantissa * 2^exponent exactly for finite x > 0, with an odd mantissa.
struct Binary {
  std::uint64_t mantissa;
  int exponent;
};

Binary decompose(double x) {
  int exponent;
  double fraction = std::frexp(x, &exponent);
  auto mantissa = static_cast<std::uint64_t>(std::ldexp(fraction, 53));
  int zeros = std::countr_zero(mantissa);
  return {mantissa >> zeros, exponent - 53 + zeros};
}

using U128 = unsigned __int128;  // GCC and Clang, wasm32 included

BigInt from_u128(U128 v) {
  return (BigInt(static_cast<std::uint64_t>(v >> 64)) << 64) +
         BigInt(static_cast<std::uint64_t>(v));
}

// round(x * 10^decimals), halves to even, for finite x > 0 (decimals < 0 rounds to tens, ...).
BigInt round_scaled(Binary x, std::int64_t decimals) {
  if (decimals >= 0 && decimals <= 19 && x.exponent <= 0 && x.exponent > -128) {
    // Fits 128 bits (2^53 10^19 < 2^117): a shift divides by 2^-exponent.
    U128 power = 1;
    for (std::int64_t i = 0; i < decimals; ++i) power *= 10;
    U128 num = x.mantissa * power;
    int shift = -x.exponent;
    if (shift == 0) return from_u128(num);
    U128 q = num >> shift, rem = num & ((U128{1} << shift) - 1), half = U128{1} << (shift - 1);
    if (rem > half || (rem == half && (q & 1))) ++q;
    return from_u128(q);
  }
  BigInt num = BigInt(x.mantissa) << std::max(x.exponent, 0);
  BigInt den = BigInt(1) << std::max(-x.exponent, 0);
  if (decimals >= 0) {
    num = num * pow10(decimals);
  } else {
    den = den * pow10(-decimals);
  }
  auto [q, r] = BigInt::divmod(num, den);
  auto twice = (r << 1) <=> den;
  if (twice > 0 || (twice == 0 && q.is_odd())) q = q + 1;
  return q;
}

// x <=> 10^k exactly, for finite x > 0.
std::strong_ordering compare_with_power_of_10(double x, std::int64_t k) {
  Binary b = decompose(x);
  BigInt lhs = BigInt(b.mantissa) << std::max(b.exponent, 0);
  BigInt rhs = BigInt(1) << std::max(-b.exponent, 0);
  if (k >= 0) {
    rhs = rhs * pow10(k);
  } else {
    lhs = lhs * pow10(-k);
  }
  return lhs <=> rhs;
}

// floor(log10(x)) for finite x > 0: the floating-point estimate, checked exactly.
int decimal_exponent(double x) {
  int k = static_cast<int>(std::floor(std::log10(x)));
  if (compare_with_power_of_10(x, k) < 0) return k - 1;
  if (compare_with_power_of_10(x, k + 1) >= 0) return k + 1;
  return k;
}

// dtoa mode 3: x > 0 rounded half to even at `after_point` digits after the decimal point.
Digits fixed_digits(double x, std::int64_t after_point) {
  Binary b = decompose(x);
  // The exact expansion ends -exponent digits after the point: beyond, nothing is rounded.
  after_point = std::min<std::int64_t>(after_point, std::max(0, -b.exponent));
  BigInt n = round_scaled(b, after_point);
  Digits d;
  if (n.is_zero()) {
    d.decpt = static_cast<int>(-after_point);
    return d;
  }
  d.digits = n.to_string();
  d.decpt = static_cast<int>(static_cast<std::int64_t>(d.digits.size()) - after_point);
  while (d.digits.back() == '0') d.digits.pop_back();
  return d;
}

// dtoa mode 2: x > 0 rounded half to even to `count` >= 1 significant digits.
Digits significant_digits(double x, int count) {
  // log10 may be one off near powers of 10. Usually the number of digits the rounding gave tells:
  // count - 1 for an exponent one too large, count + 1 for one too small (a carry to 10^count
  // reads "1" either way). Only a carry to exactly 10^(count - 1) needs the exact comparison.
  std::int64_t k = static_cast<std::int64_t>(std::floor(std::log10(x)));
  while (true) {
    Digits d = fixed_digits(x, count - 1 - k);
    std::int64_t length = d.decpt + (count - 1 - k);  // of the rounded integer
    if (d.digits.empty() || length < count ||
        (d.digits == "1" && length == count && compare_with_power_of_10(x, k) < 0)) {
      --k;
    } else if (length > count && d.digits != "1") {
      ++k;
    } else {
      return d;
    }
  }
}

// dtoa mode 0, the shortest digits that read back as x > 0 and the nearest to x among them, by the
// Steele & White / dtoa.c digit loop, on exact integers: x = b / S, and the half-gaps to the
// neighbouring doubles are mlo / S below and mhi / S above. Reading rounds half to even, so the
// gap ends belong to x when its mantissa is even.
Digits shortest_digits_exact(double x) {
  const std::uint64_t bits = ieee_bits(x);
  const std::uint64_t fraction = bits & ((std::uint64_t{1} << 52) - 1);
  const int biased_exponent = static_cast<int>(bits >> 52);
  const std::uint64_t mantissa = biased_exponent ? fraction | (std::uint64_t{1} << 52) : fraction;
  const int exponent = biased_exponent ? biased_exponent - 1075 : -1074;
  const bool even = !(mantissa & 1);
  // At a power of 2 the gap below is half the gap above (not for the smallest normal, whose lower
  // neighbour is a subnormal at the same distance).
  const bool boundary = fraction == 0 && biased_exponent > 1;
  const int scale = boundary ? 2 : 1;
  BigInt b = BigInt(mantissa) << scale, mlo = 1, mhi = boundary ? 2 : 1, S = 1;
  int shift = exponent - scale;
  if (shift >= 0) {
    b = b << shift;
    mlo = mlo << shift;
    mhi = mhi << shift;
  } else {
    S = S << -shift;
  }
  int k = decimal_exponent(x);  // b / S in [1, 10) after scaling by 10^-k
  if (k >= 0) {
    S = S * pow10(k);
  } else {
    BigInt power = pow10(-k);
    b = b * power;
    mlo = mlo * power;
    mhi = mhi * power;
  }
  std::string digits;
  auto round_up = [&] {  // add one unit in the last place of digits
    while (!digits.empty() && digits.back() == '9') digits.pop_back();
    if (digits.empty()) {
      digits = "1";
      ++k;
    } else {
      ++digits.back();
    }
  };
  while (true) {
    auto [q, r] = BigInt::divmod(b, S);
    b = std::move(r);
    int digit = static_cast<int>(q.to_int64());
    auto low = b <=> mlo;         // < 0: stopping at digit reads back as x
    auto high = (b + mhi) <=> S;  // > 0: so does digit + 1
    if (high == 0 && even) {      // digit + 1 lies on the gap's upper end
      digits += static_cast<char>('0' + digit);
      if (low > 0) round_up();
      break;
    }
    if (low < 0 || (low == 0 && even)) {
      digits += static_cast<char>('0' + digit);
      if (high > 0 && !b.is_zero()) {  // both read back: the nearer, or the even one on a tie
        auto half = (b << 1) <=> S;
        if (half > 0 || (half == 0 && (digit & 1))) round_up();
      }
      break;
    }
    if (high > 0) {
      digits += static_cast<char>('0' + digit);
      round_up();
      break;
    }
    digits += static_cast<char>('0' + digit);
    b = b * 10;
    mlo = mlo * 10;
    mhi = mhi * 10;
  }
  return {digits, k + 1};
}

// The same for normal doubles, fast: Giulietti's Schubfach ("The Schubfach way to render doubles",
// 2020; as Java's DoubleToDecimal), which computes the decimal interval that reads back as x to
// enough precision with one 64 x 128-bit multiplication per end, and returns its shortest member,
// the nearest on ties (even on exact ties, as dtoa).
int floor_log10_pow2(int e) {
  return static_cast<int>((e * std::int64_t{661971961083}) >> 41);
}
int floor_log10_three_quarters_pow2(int e) {
  return static_cast<int>((e * std::int64_t{661971961083} - 274743187321) >> 41);
}
int floor_log2_pow10(int e) {
  return static_cast<int>((e * std::int64_t{913124641741}) >> 38);
}

constexpr int kMinK = -324, kMaxK = 292;  // the k = floor(log10(2^q)) of doubles

// g(k) = floor(10^-k / 2^r) + 1 with r such that 2^125 <= g < 2^126, as g1 2^63 + g0. Each is
// computed exactly on its first use rather than kept as a 617-entry literal table (10 KB of
// engine): the whole table took 0.7 ms natively to compute, more than a program printing a few
// floats needs, and a float's repr needs one entry.
struct SchubfachPower {
  std::uint64_t g1, g0;
};

const SchubfachPower& schubfach_power(int k) {
  // Per thread, so that no lock is needed; g1 >= 2^62, so 0 marks an entry not computed yet.
  static thread_local std::array<SchubfachPower, kMaxK - kMinK + 1> table{};
  SchubfachPower& entry = table[k - kMinK];
  if (entry.g1 == 0) {
    int r = floor_log2_pow10(-k) - 125;
    BigInt num = k <= 0 ? pow10(-k) : 1, den = k <= 0 ? 1 : pow10(k);
    if (r >= 0) {
      den = den << r;
    } else {
      num = num << -r;
    }
    BigInt g = BigInt::floor_div(num, den) + 1;
    BigInt g1 = g >> 63;
    entry.g0 = static_cast<std::uint64_t>((g - (g1 << 63)).to_int64());
    entry.g1 = static_cast<std::uint64_t>(g1.to_int64());
  }
  return entry;
}

// cp g / 2^127 rounded to odd (the last bit records inexactness).
std::uint64_t round_to_odd(const SchubfachPower& g, std::uint64_t cp) {
  constexpr std::uint64_t kMask63 = (std::uint64_t{1} << 63) - 1;
  auto x1 = static_cast<std::uint64_t>((U128{g.g0} * cp) >> 64);
  U128 y = U128{g.g1} * cp;
  auto y0 = static_cast<std::uint64_t>(y), y1 = static_cast<std::uint64_t>(y >> 64);
  std::uint64_t z = (y0 >> 1) + x1;
  return (y1 + (z >> 63)) | (((z & kMask63) + kMask63) >> 63);
}

Digits shortest_digits(double x) {
  const std::uint64_t bits = ieee_bits(x);
  int biased_exponent = static_cast<int>(bits >> 52);
  if (biased_exponent == 0) return shortest_digits_exact(x);  // subnormal: rare
  constexpr std::uint64_t kHidden = std::uint64_t{1} << 52;
  const std::uint64_t c = (bits & (kHidden - 1)) | kHidden;
  const int q = biased_exponent - 1075;  // x = c 2^q
  const std::uint64_t out = c & 1;       // odd: the interval's ends do not read back as x
  const std::uint64_t cb = c << 2, cbr = cb + 2;
  std::uint64_t cbl;
  int k;
  if (c != kHidden || q == -1074) {
    cbl = cb - 2;
    k = floor_log10_pow2(q);
  } else {  // at a power of 2 the gap below is half the gap above
    cbl = cb - 1;
    k = floor_log10_three_quarters_pow2(q);
  }
  const int h = q + floor_log2_pow10(-k) + 2;
  const SchubfachPower& g = schubfach_power(k);
  // 4 x, and the interval's ends, in units of 10^k (to odd).
  const std::uint64_t vb = round_to_odd(g, cb << h);
  const std::uint64_t vbl = round_to_odd(g, cbl << h);
  const std::uint64_t vbr = round_to_odd(g, cbr << h);
  std::uint64_t digits;
  const std::uint64_t s = vb >> 2;
  // One digit fewer, if exactly one of its two candidates is in the interval.
  const std::uint64_t sp10 = 10 * (s / 10), tp10 = sp10 + 10;
  const bool up_in = vbl + out <= sp10 << 2, wp_in = (tp10 << 2) + out <= vbr;
  if (s >= 100 && up_in != wp_in) {
    digits = up_in ? sp10 : tp10;
  } else {
    const std::uint64_t t = s + 1;
    const bool u_in = vbl + out <= s << 2, w_in = (t << 2) + out <= vbr;
    if (u_in != w_in) {
      digits = u_in ? s : t;
    } else {  // both: the nearer, the even one on a tie
      auto cmp = static_cast<std::int64_t>(vb - ((s + t) << 1));
      digits = cmp < 0 || (cmp == 0 && !(s & 1)) ? s : t;
    }
  }
  Digits d{std::to_string(digits), 0};
  d.decpt = static_cast<int>(d.digits.size()) + k;
  while (d.digits.back() == '0') d.digits.pop_back();
  return d;
}

// --- CPython's PyOS_double_to_string ---

enum DoubleFlags : unsigned {
  kAlwaysSign = 1,  // Py_DTSF_SIGN
  kAddDot0 = 2,     // Py_DTSF_ADD_DOT_0: '1.0' rather than '1'
  kAlternate = 4,   // Py_DTSF_ALT: keep the point and trailing zeros
  kNoNegative0 = 8  // Py_DTSF_NO_NEG_0: 'z'
};

// code: e, f, g, r (repr) or E, F, G (upper case).
std::string double_to_string(double x, char code, int precision, unsigned flags) {
  const bool upper = code >= 'A' && code <= 'Z';
  if (upper) code = static_cast<char>(code - 'A' + 'a');
  if (code == 'e') ++precision;  // digits after the first
  if (code == 'g' && precision == 0) precision = 1;
  bool negative = std::signbit(x);
  std::string out;
  if (!std::isfinite(x)) {
    if (std::isnan(x)) negative = false;  // the sign of a nan is not shown
    if (negative) {
      out += '-';
    } else if (flags & kAlwaysSign) {
      out += '+';
    }
    out += std::isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    return out;
  }
  Digits d;
  double magnitude = std::fabs(x);
  if (magnitude == 0) {
    d = {"0", 1};
  } else if (code == 'r') {
    d = shortest_digits(magnitude);
  } else if (code == 'f') {
    d = fixed_digits(magnitude, precision);
  } else {
    d = significant_digits(magnitude, precision);
  }
  const std::int64_t digits_len = d.digits.size();
  std::int64_t decpt = d.decpt;
  if ((flags & kNoNegative0) && negative && (digits_len == 0 || d.digits == "0")) negative = false;

  // The output is a slice [start, end) of the digits padded with zeros on both sides, the point
  // after position decpt: format_float_short.
  bool use_exp = false;
  std::int64_t end = digits_len;
  switch (code) {
    case 'e':
      use_exp = true;
      end = precision;
      break;
    case 'f':
      end = decpt + precision;
      break;
    case 'g':
      use_exp = decpt <= -4 || decpt > ((flags & kAddDot0) ? precision - 1 : precision);
      if (flags & kAlternate) end = precision;
      break;
    default:  // 'r': exponent from 1e16, as repr
      use_exp = decpt <= -4 || decpt > 16;
  }
  std::int64_t exp = 0;
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const std::int64_t start = decpt <= 0 ? decpt - 1 : 0;
  end = std::max(end, (!use_exp && (flags & kAddDot0)) ? decpt + 1 : decpt);

  if (negative) {
    out += '-';
  } else if (flags & kAlwaysSign) {
    out += '+';
  }
  if (decpt <= 0) {
    out.append(decpt - start, '0');
    out += '.';
    out.append(-decpt, '0');
  }
  if (0 < decpt && decpt <= digits_len) {
    out.append(d.digits, 0, decpt);
    out += '.';
    out.append(d.digits, decpt);
  } else {
    out += d.digits;
  }
  if (digits_len < decpt) {
    out.append(decpt - digits_len, '0');
    out += '.';
    out.append(end - decpt, '0');
  } else {
    out.append(end - digits_len, '0');
  }
  if (out.back() == '.' && !(flags & kAlternate)) out.pop_back();
  if (use_exp) {
    std::string exponent = std::to_string(exp < 0 ? -exp : exp);
    out += upper ? 'E' : 'e';
    out += exp < 0 ? '-' : '+';
    if (exponent.size() < 2) out += '0';
    out += exponent;
  }
  return out;
}

// --- the format mini-language ---

// Output beyond this many characters is refused as a MemoryError rather than attempted.
constexpr std::int64_t kMaxFormatLength = std::int64_t{1} << 28;

Error value_error(std::string message) {
  return {ErrorKind::kValue, std::move(message)};
}
Error too_long() {
  return {ErrorKind::kMemory, ""};
}

std::u32string decode_utf8(std::string_view text) {
  std::u32string out;
  for (std::size_t i = 0; i < text.size();) {
    auto lead = static_cast<unsigned char>(text[i]);
    int length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    char32_t c = length == 1 ? lead : lead & (0x7f >> length);
    for (int k = 1; k < length && i + k < text.size(); ++k) c = (c << 6) | (text[i + k] & 0x3f);
    out += c;
    i += length;
  }
  return out;
}

void append_utf8(std::string& out, char32_t c, std::int64_t count = 1) {
  char buffer[4];
  int length;
  if (c < 0x80) {
    buffer[0] = static_cast<char>(c);
    length = 1;
  } else if (c < 0x800) {
    buffer[0] = static_cast<char>(0xc0 | (c >> 6));
    buffer[1] = static_cast<char>(0x80 | (c & 0x3f));
    length = 2;
  } else if (c < 0x10000) {
    buffer[0] = static_cast<char>(0xe0 | (c >> 12));
    buffer[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3f));
    buffer[2] = static_cast<char>(0x80 | (c & 0x3f));
    length = 3;
  } else {
    buffer[0] = static_cast<char>(0xf0 | (c >> 18));
    buffer[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3f));
    buffer[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3f));
    buffer[3] = static_cast<char>(0x80 | (c & 0x3f));
    length = 4;
  }
  for (std::int64_t i = 0; i < count; ++i) out.append(buffer, length);
}

std::int64_t count_code_points(std::string_view text) {
  return std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xc0) != 0x80; });
}

// A presentation type in a message: 'x', or '\x1' when not printable ASCII.
std::string type_for_message(char32_t type) {
  if (type > 32 && type < 128) return std::string(1, static_cast<char>(type));
  return "\\x" + hex_digits(static_cast<unsigned>(type));
}

Error unknown_type(char32_t type, std::string_view type_name) {
  return value_error("Unknown format code '" + type_for_message(type) + "' for object of type '" +
                     std::string(type_name) + "'");
}

enum class Grouping { kNone, kComma, kUnderscore, kUnderscoreFour };

struct Spec {
  char32_t fill = ' ';
  char32_t align = '>';
  bool alternate = false;
  char32_t sign = 0;
  bool no_negative_zero = false;
  std::int64_t width = -1;
  Grouping grouping = Grouping::kNone;
  std::int64_t precision = -1;
  char32_t type = 0;
};

// CPython's parse_internal_render_format_spec.
Result<Spec> parse_spec(std::string_view text, char default_type, char default_align,
                        std::string_view type_name) {
  const std::u32string s = decode_utf8(text);
  const std::size_t end = s.size();
  std::size_t pos = 0;
  Spec spec;
  spec.align = default_align;
  spec.type = default_type;
  auto is_align = [](char32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; };
  bool align_given = false, fill_given = false;
  if (end - pos >= 2 && is_align(s[pos + 1])) {
    spec.fill = s[pos];
    spec.align = s[pos + 1];
    fill_given = align_given = true;
    pos += 2;
  } else if (end - pos >= 1 && is_align(s[pos])) {
    spec.align = s[pos++];
    align_given = true;
  }
  if (pos < end && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) spec.sign = s[pos++];
  if (pos < end && s[pos] == 'z') {
    spec.no_negative_zero = true;
    ++pos;
  }
  if (pos < end && s[pos] == '#') {
    spec.alternate = true;
    ++pos;
  }
  if (!fill_given && pos < end && s[pos] == '0') {
    // Zero padding; for numbers (right-aligned by default) it goes after the sign.
    spec.fill = '0';
    if (!align_given && default_align == '>') spec.align = '=';
    ++pos;
  }
  // Width and precision, in any Unicode decimal digits; nullopt when none.
  auto integer = [&]() -> Result<std::optional<std::int64_t>> {
    std::optional<std::int64_t> value;
    for (int digit; pos < end && (digit = unicode_decimal_value(s[pos])) >= 0; ++pos) {
      std::int64_t v = value.value_or(0);
      if (v > (INT64_MAX - digit) / 10) {
        return value_error("Too many decimal digits in format string");
      }
      value = v * 10 + digit;
    }
    return value;
  };
  auto width = integer();
  if (!width) return width.error();
  spec.width = width->value_or(-1);
  if (pos < end && s[pos] == ',') {
    spec.grouping = Grouping::kComma;
    ++pos;
  }
  if (pos < end && s[pos] == '_') {
    if (spec.grouping != Grouping::kNone) return value_error("Cannot specify both ',' and '_'.");
    spec.grouping = Grouping::kUnderscore;
    ++pos;
  }
  if (pos < end && s[pos] == ',') return value_error("Cannot specify both ',' and '_'.");
  if (pos < end && s[pos] == '.') {
    ++pos;
    auto precision = integer();
    if (!precision) return precision.error();
    if (!*precision) return value_error("Format specifier missing precision");
    spec.precision = **precision;
  }
  if (end - pos > 1) {
    return value_error("Invalid format specifier '" + std::string(text) + "' for object of type '" +
                       std::string(type_name) + "'");
  }
  if (end - pos == 1) spec.type = s[pos];
  if (spec.grouping != Grouping::kNone) {
    switch (spec.type) {
      case 'd':
      case 'e':
      case 'f':
      case 'g':
      case 'E':
      case 'G':
      case '%':
      case 'F':
      case 0:
        break;
      case 'b':
      case 'o':
      case 'x':
      case 'X':
        if (spec.grouping == Grouping::kUnderscore) {  // every four digits in these bases
          spec.grouping = Grouping::kUnderscoreFour;
          break;
        }
        [[fallthrough]];
      default:
        return value_error(std::string("Cannot specify '") +
                           (spec.grouping == Grouping::kComma ? ',' : '_') + "' with '" +
                           type_for_message(spec.type) + "'.");
    }
  }
  return spec;
}

// _PyUnicode_InsertThousandsGrouping: separators every `group` digits (0: none), and with
// min_width > 0 (zero padding) leading zeros — grouped too — up to that width.
std::string group_digits(std::string_view digits, std::int64_t min_width, Grouping grouping) {
  const std::int64_t group = grouping == Grouping::kNone             ? 0
                             : grouping == Grouping::kUnderscoreFour ? 4
                                                                     : 3;
  const char separator = grouping == Grouping::kComma ? ',' : '_';
  std::string reversed;  // built from the right
  std::int64_t remaining = digits.size();
  auto take = [&](std::int64_t length) {  // one group: digits, then zeros once they run out
    std::int64_t chars = std::max<std::int64_t>(0, std::min(remaining, length));
    for (std::int64_t i = 0; i < chars; ++i) reversed += digits[--remaining];
    reversed.append(std::max<std::int64_t>(0, length - chars), '0');
  };
  if (group == 0) {
    take(std::max<std::int64_t>({remaining, min_width, 1}));
  } else {
    for (bool first = true;; first = false) {
      if (!first) reversed += separator;
      std::int64_t length = std::min(group, std::max<std::int64_t>({remaining, min_width, 1}));
      take(length);
      min_width -= length;
      if (remaining <= 0 && min_width <= 0) break;
      min_width -= 1;  // the separator
    }
  }
  return {reversed.rbegin(), reversed.rend()};
}

// calc_number_widths and fill_number:
// [padding][sign][prefix][zero padding][grouped digits][.remainder][padding].
Result<std::string> layout_number(const Spec& spec, bool negative, std::string_view prefix,
                                  std::string_view digits, bool has_decimal,
                                  std::string_view remainder, Grouping grouping, bool upper) {
  if (spec.width > kMaxFormatLength) return too_long();
  char sign = 0;
  if (spec.sign == '+') {
    sign = negative ? '-' : '+';
  } else if (spec.sign == ' ') {
    sign = negative ? '-' : ' ';
  } else if (negative) {
    sign = '-';
  }
  const std::int64_t non_digits = (sign ? 1 : 0) + static_cast<std::int64_t>(prefix.size()) +
                                  (has_decimal ? 1 : 0) + count_code_points(remainder);
  const std::int64_t min_width =
      spec.fill == '0' && spec.align == '=' ? spec.width - non_digits : 0;
  std::string grouped = digits.empty() ? "" : group_digits(digits, min_width, grouping);
  std::string prefix_text(prefix);
  if (upper) {
    for (std::string* text : {&grouped, &prefix_text}) {
      for (char& c : *text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
  }
  std::int64_t padding = spec.width - (non_digits + static_cast<std::int64_t>(grouped.size()));
  std::int64_t left = 0, inside = 0, right = 0;
  if (padding > 0) {
    switch (spec.align) {
      case '<':
        right = padding;
        break;
      case '^':
        left = padding / 2;
        right = padding - left;
        break;
      case '=':
        inside = padding;
        break;
      default:
        left = padding;
    }
  }
  std::string out;
  append_utf8(out, spec.fill, left);
  if (sign) out += sign;
  out += prefix_text;
  append_utf8(out, spec.fill, inside);
  out += grouped;
  if (has_decimal) out += '.';
  out += remainder;
  append_utf8(out, spec.fill, right);
  return out;
}

// format_float_internal: x with a parsed spec whose type is a float type or none.
Result<std::string> format_float_spec(double x, const Spec& spec) {
  if (spec.precision > INT_MAX) return value_error("precision too big");
  if (spec.precision > kMaxFormatLength) return too_long();
  unsigned flags = 0;
  if (spec.alternate) flags |= kAlternate;
  if (spec.no_negative_zero) flags |= kNoNegative0;
  char type = static_cast<char>(spec.type);
  int default_precision = 6;
  if (type == 0) {
    // Like repr without a precision, else like 'g' with at least one digit after the point.
    flags |= kAddDot0;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';  // the C locale: no grouping, '.' as the point
  bool percent = type == '%';
  if (percent) {
    type = 'f';
    x *= 100;
  }
  int precision = spec.precision < 0 ? default_precision : static_cast<int>(spec.precision);
  if (spec.precision >= 0 && type == 'r') type = 'g';
  std::string text = double_to_string(x, type, precision, flags);
  if (percent) text += '%';
  std::string_view number = text;
  bool negative = number[0] == '-';
  if (negative) number.remove_prefix(1);
  std::size_t digits_end = 0;
  while (digits_end < number.size() && number[digits_end] >= '0' && number[digits_end] <= '9') {
    ++digits_end;
  }
  bool has_decimal = digits_end < number.size() && number[digits_end] == '.';
  return layout_number(spec, negative, "", number.substr(0, digits_end), has_decimal,
                       number.substr(digits_end + (has_decimal ? 1 : 0)),
                       spec.type == 'n' ? Grouping::kNone : spec.grouping, false);
}

// format_long_internal: n with a parsed spec whose type is an integer type.
Result<std::string> format_int_spec(const BigInt& n, const Spec& spec, std::size_t max_str_digits) {
  if (spec.precision != -1) return value_error("Precision not allowed in integer format specifier");
  if (spec.no_negative_zero) {
    return value_error("Negative zero coercion (z) not allowed in integer format specifier");
  }
  if (spec.type == 'c') {
    if (spec.sign) return value_error("Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) {
      return value_error("Alternate form (#) not allowed with integer format specifier 'c'");
    }
    if (!n.fits_int64())
      return Error{ErrorKind::kOverflow, "Python int too large to convert to C long"};
    std::int64_t code = n.to_int64();
    if (code < 0 || code > 0x10ffff) {
      return Error{ErrorKind::kOverflow, "%c arg not in range(0x110000)"};
    }
    std::string character;
    append_utf8(character, static_cast<char32_t>(code));
    return layout_number(spec, false, "", "", false, character, spec.grouping, false);
  }
  int base = 10;
  std::string_view prefix;
  switch (spec.type) {
    case 'b':
      base = 2;
      prefix = "0b";
      break;
    case 'o':
      base = 8;
      prefix = "0o";
      break;
    case 'x':
    case 'X':
      base = 16;
      prefix = "0x";
      break;
    default:
      break;  // 'd', 'n'
  }
  if (base == 10 && n.exceeds_str_digits(max_str_digits)) {
    return value_error(max_str_digits_error(max_str_digits));
  }
  std::string digits = n.abs().to_string(base);
  return layout_number(spec, n.is_negative(), spec.alternate ? prefix : "", digits, false, "",
                       spec.type == 'n' ? Grouping::kNone : spec.grouping, spec.type == 'X');
}

// unicode_format_arg_output for a number: the sign, and the 0x / 0o prefix of the alternate
// form, go before zero padding and after space padding.
std::string printf_layout(std::string_view text, const PrintfSpec& spec) {
  const char fill = spec.zero ? '0' : ' ';
  std::int64_t length = text.size(), width = spec.width;
  std::size_t pos = 0;
  char sign = 0;
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
    sign = text[0];
    --length;
    ++pos;
  } else if (spec.plus) {
    sign = '+';
  } else if (spec.space) {
    sign = ' ';
  }
  width = std::max(width, length);
  std::string out;
  if (sign) {
    if (fill != ' ') out += sign;
    if (width > length) --width;
  }
  const char c = spec.conversion;
  const bool prefix = spec.alternate && (c == 'x' || c == 'X' || c == 'o');
  if (prefix) {
    if (fill != ' ') {
      out.append(text, pos, 2);
      pos += 2;
    }
    width = std::max<std::int64_t>(width - 2, 0);
    length -= 2;
  }
  if (width > length && !spec.left) {
    out.append(width - length, fill);
    width = length;
  }
  if (fill == ' ') {
    if (sign) out += sign;
    if (prefix) {
      out.append(text, pos, 2);
      pos += 2;
    }
  }
  out.append(text, pos, length);
  if (width > length) out.append(width - length, ' ');
  return out;
}

// Exact powers of ten as doubles, for the fast path of parse_float.
constexpr double kExactPowers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                   1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                   1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool equals_ignoring_case(std::string_view text, std::string_view lower) {
  return text.size() == lower.size() &&
         std::equal(text.begin(), text.end(), lower.begin(),
                    [](char a, char b) { return (a >= 'A' && a <= 'Z' ? a + 32 : a) == b; });
}

// The correctly rounded value of digits * 10^exponent (digits: ASCII, no leading zeros).
double decimal_to_double(std::string digits, std::int64_t exponent) {
  // More digits than a double can need (767 significant digits decide a halfway case) only
  // matter through being nonzero: keep 800 and a final 1 standing for the rest.
  constexpr std::size_t kKeep = 800;
  if (digits.size() > kKeep) {
    bool rest = digits.find_first_not_of('0', kKeep) != std::string::npos;
    exponent += static_cast<std::int64_t>(digits.size() - kKeep);
    digits.resize(kKeep);
    if (rest) {
      digits += '1';
      --exponent;
    }
  }
  const auto count = static_cast<std::int64_t>(digits.size());
  if (count + exponent > 310) return HUGE_VAL;  // at least 1e310
  if (count + exponent < -330) return 0.0;      // below 1e-330
  if (count <= 15 && exponent >= -22 && exponent <= 22) {
    // Both exact as doubles: one IEEE operation rounds correctly.
    std::int64_t mantissa = 0;
    for (char c : digits) mantissa = mantissa * 10 + (c - '0');
    auto value = static_cast<double>(mantissa);
    return exponent >= 0 ? value * kExactPowers[exponent] : value / kExactPowers[-exponent];
  }
  BigInt value = BigInt::parse(digits).value;
  Result<double> result =
      exponent >= 0 ? (value * pow10(exponent)).to_double() : true_divide(value, pow10(-exponent));
  return result ? *result : HUGE_VAL;
}

}  // namespace

std::string float_repr(double x) {
  return double_to_string(x, 'r', 0, kAddDot0);
}

Result<std::string> format_float(double x, std::string_view spec_text, std::string_view type_name) {
  if (spec_text.empty()) return float_repr(x);
  Result<Spec> spec = parse_spec(spec_text, 0, '>', type_name);
  if (!spec) return spec.error();
  switch (spec->type) {
    case 0:
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
      return format_float_spec(x, *spec);
    default:
      return unknown_type(spec->type, type_name);
  }
}

Result<std::string> format_int(const BigInt& n, std::string_view spec_text,
                               std::size_t max_str_digits, std::string_view type_name) {
  if (spec_text.empty()) {
    if (n.exceeds_str_digits(max_str_digits)) {
      return value_error(max_str_digits_error(max_str_digits));
    }
    return n.to_string();
  }
  Result<Spec> spec = parse_spec(spec_text, 'd', '>', type_name);
  if (!spec) return spec.error();
  switch (spec->type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
      return format_int_spec(n, *spec, max_str_digits);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': {
      Result<double> x = n.to_double();
      if (!x) return x.error();
      return format_float_spec(*x, *spec);
    }
    default:
      return unknown_type(spec->type, type_name);
  }
}

Result<std::string> format_str(std::string_view s, std::string_view spec_text,
                               std::string_view type_name) {
  if (spec_text.empty()) return std::string(s);
  Result<Spec> parsed = parse_spec(spec_text, 's', '<', type_name);
  if (!parsed) return parsed.error();
  const Spec& spec = *parsed;
  if (spec.type != 's') return unknown_type(spec.type, type_name);
  if (spec.sign == ' ') return value_error("Space not allowed in string format specifier");
  if (spec.sign) return value_error("Sign not allowed in string format specifier");
  if (spec.no_negative_zero) {
    return value_error("Negative zero coercion (z) not allowed in string format specifier");
  }
  if (spec.alternate) {
    return value_error("Alternate form (#) not allowed in string format specifier");
  }
  if (spec.align == '=') return value_error("'=' alignment not allowed in string format specifier");
  if (spec.width > kMaxFormatLength) return too_long();
  std::int64_t length = count_code_points(s);
  if (spec.precision >= 0 && length >= spec.precision) {
    // Keep `precision` code points: cut before the next lead byte.
    std::size_t cut = 0;
    for (std::int64_t kept = 0; cut < s.size(); ++cut) {
      if ((s[cut] & 0xc0) != 0x80 && kept++ == spec.precision) break;
    }
    s = s.substr(0, cut);
    length = spec.precision;
  }
  std::int64_t padding = std::max<std::int64_t>(spec.width - length, 0);
  std::int64_t left = spec.align == '>' ? padding : spec.align == '^' ? padding / 2 : 0;
  std::string out;
  append_utf8(out, spec.fill, left);
  out += s;
  append_utf8(out, spec.fill, padding - left);
  return out;
}

Result<std::string> printf_float(double x, const PrintfSpec& spec) {
  if (spec.width > kMaxFormatLength || spec.precision > kMaxFormatLength) return too_long();
  int precision = spec.precision < 0 ? 6 : static_cast<int>(spec.precision);
  return printf_layout(
      double_to_string(x, spec.conversion, precision, spec.alternate ? kAlternate : 0u), spec);
}

Result<std::string> printf_int(const BigInt& n, const PrintfSpec& spec,
                               std::size_t max_str_digits) {
  if (spec.width > kMaxFormatLength || spec.precision > kMaxFormatLength) return too_long();
  const char c = spec.conversion;
  const int base = c == 'o' ? 8 : (c == 'x' || c == 'X') ? 16 : 10;
  if (base == 10 && n.exceeds_str_digits(max_str_digits)) {
    return value_error(max_str_digits_error(max_str_digits));
  }
  // _PyUnicode_FormatLong: the precision is a minimum number of digits.
  std::string digits = n.abs().to_string(base);
  if (spec.precision > static_cast<std::int64_t>(digits.size())) {
    digits.insert(0, spec.precision - digits.size(), '0');
  }
  std::string text = n.is_negative() ? "-" : "";
  if (spec.alternate && base != 10) text += base == 8 ? "0o" : "0x";
  text += digits;
  if (c == 'X') {
    for (char& ch : text) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  }
  return printf_layout(text, spec);
}

std::optional<double> parse_float(std::string_view text) {
  std::string ascii;
  if (std::any_of(text.begin(), text.end(), [](char c) { return c & 0x80; })) {
    ascii = unicode_digits_to_ascii(text);
    text = ascii;
  }
  // Underscores only between digits: checked and removed before anything else, as CPython's
  // _Py_string_to_number_with_underscores.
  std::string without_underscores;
  if (text.find('_') != std::string_view::npos) {
    char previous = '\0';
    for (char c : text) {
      if (c == '_') {
        if (!is_digit(previous)) return std::nullopt;
      } else {
        if (previous == '_' && !is_digit(c)) return std::nullopt;
        without_underscores += c;
      }
      previous = c;
    }
    if (previous == '_') return std::nullopt;
    text = without_underscores;
  }
  while (!text.empty() && is_ascii_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_ascii_space(text.back())) text.remove_suffix(1);
  bool negative = !text.empty() && text[0] == '-';
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) text.remove_prefix(1);
  auto with_sign = [&](double value) { return negative ? -value : value; };
  if (equals_ignoring_case(text, "inf") || equals_ignoring_case(text, "infinity")) {
    return with_sign(HUGE_VAL);
  }
  if (equals_ignoring_case(text, "nan")) return with_sign(std::nan(""));
  // digits [. digits] [e [sign] digits], at least one digit in the mantissa.
  std::string digits;
  std::int64_t exponent = 0;
  std::size_t pos = 0;
  bool any_digit = false;
  for (; pos < text.size() && is_digit(text[pos]); ++pos, any_digit = true) digits += text[pos];
  if (pos < text.size() && text[pos] == '.') {
    for (++pos; pos < text.size() && is_digit(text[pos]); ++pos, any_digit = true) {
      digits += text[pos];
      --exponent;
    }
  }
  if (!any_digit) return std::nullopt;
  if (pos < text.size() && (text[pos] == 'e' || text[pos] == 'E')) {
    ++pos;
    bool exponent_negative = pos < text.size() && text[pos] == '-';
    if (pos < text.size() && (text[pos] == '-' || text[pos] == '+')) ++pos;
    if (pos == text.size() || !is_digit(text[pos])) return std::nullopt;
    std::int64_t value = 0;
    for (; pos < text.size() && is_digit(text[pos]); ++pos) {
      value = std::min<std::int64_t>(value * 10 + (text[pos] - '0'), 1'000'000'000);  // saturates
    }
    exponent += exponent_negative ? -value : value;
  }
  if (pos != text.size()) return std::nullopt;
  std::size_t first = digits.find_first_not_of('0');
  if (first == std::string::npos) return with_sign(0.0);
  digits.erase(0, first);
  return with_sign(decimal_to_double(std::move(digits), exponent));
}

Result<double> round_double(double x, std::int64_t ndigits) {
  // Beyond these, x rounds to itself or to zero: 0.30103 bounds log10(2) from above.
  constexpr std::int64_t kMaxDigits = static_cast<int>((53 - (-1021)) * 0.30103);
  constexpr std::int64_t kMinDigits = -static_cast<int>((1024 + 1) * 0.30103);
  if (!std::isfinite(x) || x == 0 || ndigits > kMaxDigits) return x;
  if (ndigits < kMinDigits) return 0.0 * x;
  // The exactly rounded decimal, read back correctly rounded (CPython goes through dtoa's
  // mode 3 string and strtod: the same value).
  BigInt n = round_scaled(decompose(std::fabs(x)), ndigits);
  Result<double> rounded =
      ndigits >= 0 ? true_divide(n, pow10(ndigits)) : (n * pow10(-ndigits)).to_double();
  if (!rounded) return Error{ErrorKind::kOverflow, "rounded value too large to represent"};
  return std::copysign(*rounded, x);
}

double round_half_even(double x) {
  double rounded = std::round(x);
  if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);  // halfway: to even
  return rounded;
}

std::pair<double, double> float_divmod(double x, double y) {
  // fmod is exact, so x - mod is exactly a multiple of y, and the division nearly an integer.
  double mod = std::fmod(x, y);
  double div = (x - mod) / y;
  if (mod != 0) {
    if ((y < 0) != (mod < 0)) {  // the remainder takes the sign of the divisor
      mod += y;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, y);
  }
  double floordiv;
  if (div != 0) {
    floordiv = std::floor(div);  // snap to the nearest integer
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, x / y);
  }
  return {floordiv, mod};
}

double float_mod(double x, double y) {
  double mod = std::fmod(x, y);
  if (mod != 0) {
    if ((y < 0) != (mod < 0)) mod += y;
  } else {
    mod = std::copysign(0.0, y);
  }
  return mod;
}

double float_floor_div(double x, double y) {
  return float_divmod(x, y).first;
}

Result<double> float_pow(double x, double y) {
  // CPython's float_pow settles the special cases itself rather than trusting libm.
  auto is_odd_integer = [](double v) { return std::fmod(std::fabs(v), 2.0) == 1.0; };
  if (y == 0) return 1.0;  // even 0**0 and nan**0
  if (std::isnan(x)) return x;
  if (std::isnan(y)) return x == 1.0 ? 1.0 : y;
  if (std::isinf(y)) {
    double magnitude = std::fabs(x);
    if (magnitude == 1.0) return 1.0;
    return (y > 0) == (magnitude > 1.0) ? HUGE_VAL : 0.0;
  }
  if (std::isinf(x)) {
    bool odd = is_odd_integer(y);
    if (y > 0) return odd ? x : std::fabs(x);
    return odd ? std::copysign(0.0, x) : 0.0;
  }
  if (x == 0) {
    if (y < 0) {
      return Error{ErrorKind::kZeroDivision, "0.0 cannot be raised to a negative power"};
    }
    return is_odd_integer(y) ? x : 0.0;
  }
  bool negate = false;
  if (x < 0) {
    if (y != std::floor(y)) return Error{ErrorKind::kValue, "unsupported: complex result"};
    x = -x;
    negate = is_odd_integer(y);
  }
  if (x == 1.0) return negate ? -1.0 : 1.0;  // also (-1) ** huge
  double result = std::pow(x, y);
  if (std::isinf(result)) {
    return Error{ErrorKind::kOverflow, "(34, 'Numerical result out of range')"};
  }
  return negate ? -result : result;
}

Result<double> int_pow_float(const BigInt& base, const BigInt& exponent) {
  Result<double> x = base.to_double();
  if (!x) return x;
  Result<double> y = exponent.to_double();
  if (!y) return y;
  return float_pow(*x, *y);
}

std::int64_t hash_double(double x, std::uintptr_t identity) {
  // _Py_HashDouble: x mod 2^61 - 1 from the mantissa, 28 bits at a time, then the exponent as a
  // rotation (2^e mod 2^61 - 1 rotates by e mod 61).
  constexpr int kBits = 61;
  constexpr std::uint64_t kModulus = (std::uint64_t{1} << kBits) - 1;
  if (std::isinf(x)) return x > 0 ? 314159 : -314159;
  if (std::isnan(x)) {
    // _Py_HashPointer: the address rotated by 4 bits, whose low bits are alignment zeros.
    constexpr int kPointerBits = 8 * sizeof identity;
    auto rotated = static_cast<std::intptr_t>((identity >> 4) | (identity << (kPointerBits - 4)));
    return rotated == -1 ? -2 : rotated;
  }
  int e;
  double m = std::frexp(x, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  std::uint64_t h = 0;
  while (m != 0) {
    h = ((h << 28) & kModulus) | h >> (kBits - 28);
    m *= 268435456.0;  // 2^28
    e -= 28;
    auto y = static_cast<std::uint64_t>(m);
    m -= static_cast<double>(y);
    h += y;
    if (h >= kModulus) h -= kModulus;
  }
  e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
  h = ((h << e) & kModulus) | h >> (kBits - e);
  h *= static_cast<std::uint64_t>(static_cast<std::int64_t>(sign));
  auto result = static_cast<std::int64_t>(h);
  return result == -1 ? -2 : result;
}

std::string hex_digits(std::uint64_t value, std::size_t min_width, bool uppercase) {
  char digits[16];
  auto result = std::to_chars(digits, digits + sizeof(digits), value, 16);
  std::string text(digits, result.ptr);
  if (uppercase) std::transform(text.begin(), text.end(), text.begin(), ::toupper);
  if (text.size() < min_width) text.insert(0, min_width - text.size(), '0');
  return text;
}

}  // namespace py::num
