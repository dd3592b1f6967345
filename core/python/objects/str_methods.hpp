// str's methods, the `%` operator on str, str.format and format(str, spec), with CPython 3.11's
// results and error messages. Strings are UTF-8 (Str::text); every index a method takes or
// returns counts code points, as in Python.
#pragma once

#include "vm/vm.hpp"

namespace py {

// Registers every method of str (capitalize ... zfill, and the static str.maketrans) on
// vm.type(kStrType); the rarely used ones (zfill, expandtabs, partition, rpartition,
// splitlines, translate, maketrans, encode) are written in Python (modules/library_methods.hpp).
void install_str_methods(VM& vm);

// format % args
Value str_percent_format(VM& vm, const Value& format, const Value& args);

// str.format(*args, **kwargs): args[0] is the format string.
Value str_format_method(VM& vm, CallArgs args);

// format(s, spec) for a str (or str subclass) value: fill, align, width and precision.
Value str_format_spec(VM& vm, const Value& str_value, const Value& spec);

// ascii(v): repr(v) with non-ASCII characters escaped (\xe9, \u20ac, \U0001f680).
Value str_ascii(VM& vm, const Value& v);

// Unicode character properties (Unicode 14.0, as Python 3.11's unicodedata), for whoever needs
// them: str's repr escapes non-printable characters, the lexer reads identifiers, int() reads
// any decimal digits.
namespace unicode {
bool is_space(char32_t c);      // str.isspace
bool is_printable(char32_t c);  // str.isprintable
bool is_alpha(char32_t c);      // str.isalpha
bool is_decimal(char32_t c);    // str.isdecimal
bool is_digit(char32_t c);      // str.isdigit
bool is_numeric(char32_t c);    // str.isnumeric
bool is_lower(char32_t c);      // the Lowercase property
bool is_upper(char32_t c);      // the Uppercase property
bool is_xid_start(char32_t c);  // the first character of an identifier ('_' included)
bool is_xid_continue(char32_t c);
int decimal_value(char32_t c);  // 0-9 for a decimal digit, -1 otherwise
}  // namespace unicode

}  // namespace py
