// Python's float operations and the number and string formatting of CPython 3.11: repr(float),
// format(x, spec) for float, int and str, the printf-style % conversions, float(str), round(),
// float %, //, divmod, ** and hash.
//
// Decimal conversions are exact (BigInt arithmetic, the rounding of CPython's dtoa.c): they do
// not depend on the C library's printf or strtod, so native and wasm builds agree digit for digit.
// Only float_pow calls libm for a rounded result (std::pow, as CPython does). Strings are UTF-8;
// widths and precisions count code points. Errors are values (Result), never C++ exceptions;
// division by zero is the caller's check.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "bigint.hpp"

namespace py::num {

// repr(x), which is also str(x): the shortest digits that round-trip, in exponent notation when
// the exponent is below -4 or at least 16 ('1e-05', '1e+16', '0.0001', '1.0', 'inf', 'nan').
std::string float_repr(double x);
// `value` in hexadecimal digits, without prefix, zero-padded to `min_width`. The engine does
// not use printf: it would link libc's whole formatter (4 KB of gzipped wasm) for a handful
// of messages.
std::string hex_digits(std::uint64_t value, std::size_t min_width = 1, bool uppercase = false);

// format(value, spec), as __format__ of float, int and str: the whole mini-language
// [[fill]align][sign][z][#][0][width][grouping][.precision][type]. Errors carry CPython's
// ValueError messages (OverflowError for 'c' out of range and ints too large for float types;
// MemoryError, with no message, for widths or precisions beyond 2^28). type_name is
// type(value).__name__ for the messages. An empty spec gives str(value), which for int subclasses
// such as bool is the caller's job.
Result<std::string> format_float(double x, std::string_view spec,
                                 std::string_view type_name = "float");
Result<std::string> format_int(const BigInt& n, std::string_view spec,
                               std::size_t max_str_digits = kDefaultMaxStrDigits,
                               std::string_view type_name = "int");
Result<std::string> format_str(std::string_view s, std::string_view spec,
                               std::string_view type_name = "str");

// One conversion of the % operator, as parsed by the caller from '%[flags][width][.precision]c'
// (with '*' already replaced by the arguments). -1: not given.
struct PrintfSpec {
  bool left = false;       // '-'
  bool plus = false;       // '+'
  bool space = false;      // ' '
  bool alternate = false;  // '#'
  bool zero = false;       // '0'
  std::int64_t width = -1;
  std::int64_t precision = -1;
  char conversion = 'd';
};
// %e %E %f %F %g %G. An int argument is converted by the caller (BigInt::to_double).
Result<std::string> printf_float(double x, const PrintfSpec& spec);
// %d %i %u %o %x %X. A float argument is converted by the caller: int(x) for d, i, u (so
// '%d' % 3.7 == '3'), a TypeError for o, x, X ("%x format: an integer is required, not float").
Result<std::string> printf_int(const BigInt& n, const PrintfSpec& spec,
                               std::size_t max_str_digits = kDefaultMaxStrDigits);

// float(text) for a str: surrounding white space, a sign, digits with single underscores between
// them, a fraction, an exponent, 'inf', 'infinity', 'nan' in any case; Unicode digits and spaces
// as CPython. Correctly rounded; out of range gives inf or 0. nullopt: the caller raises
// ValueError "could not convert string to float: {text!r}".
std::optional<double> parse_float(std::string_view text);

// round(x, ndigits): correctly rounded through the exact decimal value, as CPython
// (round(2.675, 2) == 2.67). Error: OverflowError "rounded value too large to represent".
Result<double> round_double(double x, std::int64_t ndigits);
// round(x) before the conversion to int: half to even (round(0.5) == 0, round(2.5) == 2).
double round_half_even(double x);

// x % y, x // y and divmod(x, y) for floats: the remainder has the sign of y (zero included),
// the quotient is the nearest integer to the exact floor. Precondition: y != 0 (the caller raises
// ZeroDivisionError "float modulo", "float floor division by zero", "float divmod()").
double float_mod(double x, double y);
double float_floor_div(double x, double y);
std::pair<double, double> float_divmod(double x, double y);

// x ** y for floats: CPython's special cases, then the C library's pow. That is glibc's or
// Emscripten's musl's, the same algorithm; glibc's variant for CPUs with FMA differs from the other
// in the last bit of about 0.06% of results, as CPython's own results do between such hosts.
// Errors: ZeroDivisionError "0.0 cannot be raised to a negative power"; OverflowError
// "(34, 'Numerical result out of range')"; a negative number to a fractional power is complex in
// CPython: ValueError "unsupported: complex result".
Result<double> float_pow(double x, double y);
// int ** negative int, which is a float: both converted (OverflowError "int too large to convert
// to float"), then float_pow.
Result<double> int_pow_float(const BigInt& base, const BigInt& exponent);

// hash(x) as CPython's _Py_HashDouble on 64-bit platforms, equal to hash(int(x)) for integral x.
// A nan hashes by identity, as in CPython 3.10+: pass the float object's address.
std::int64_t hash_double(double x, std::uintptr_t identity);

}  // namespace py::num
