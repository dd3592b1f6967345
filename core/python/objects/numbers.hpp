// int, bool and float: arithmetic, comparison, repr/format, constructors and methods, over the
// small-int fast representation (value.hpp) and num::BigInt. CPython 3.11's results and error
// messages ("division by zero", "integer division or modulo by zero", "float modulo", the
// 4300-digit int<->str limit...). complex is objects/complex.hpp's.
#pragma once

#include "vm/vm.hpp"

namespace py {

// a OP b (BinaryOp, without kInplaceOffset) when both are int/bool/float (or subclasses):
// the result; NotImplemented when either operand is not a number.
Value number_binary(VM& vm, const Value& a, const Value& b, int op);
// a OP b (CompareOp) between numbers, exact for int vs float (as CPython); NotImplemented
// when either operand is not a number.
Value number_compare(VM& vm, const Value& a, const Value& b, int op);
// -v, +v, ~v (UnaryOpCode) of a number; NotImplemented otherwise (~ on float too).
Value number_unary(VM& vm, const Value& v, int op);
// repr of an int, bool or float ("True", "1e+16", "inf", "-0.0").
Value number_repr(VM& vm, const Value& v);
// format(number, spec) with CPython's format-spec mini-language (num/float_format.hpp).
Value number_format(VM& vm, const Value& v, const Value& spec);
// pow(base, exp, mod) with three arguments (ints only); two arguments go to number_binary.
Value number_pow3(VM& vm, const Value& base, const Value& exp, const Value& mod);
Value number_divmod(VM& vm, const Value& a, const Value& b);  // NotImplemented if not numbers
Value number_abs(VM& vm, const Value& v);                      // NotImplemented if not numbers
// round(number[, ndigits]); ndigits null for the one-argument form.
Value number_round(VM& vm, const Value& v, const Value& ndigits);
// Parses Python int literal text as the compiler gets it ("0x1f", "123", "0b101", "0o17").
Value int_from_literal(VM& vm, std::string_view text);

// The constructors int(x=0, base=10), float(x=0.0), bool(x=False) with CPython's argument
// handling (__index__/__int__/__float__ of user classes, str parsing with underscores and
// whitespace, "invalid literal for int() with base 10: 'abc'"...). `type` may be a subclass.
Value construct_int(VM& vm, Type& type, CallArgs args);
Value construct_float(VM& vm, Type& type, CallArgs args);
Value construct_bool(VM& vm, CallArgs args);

// Methods and properties of int, bool and float (to_bytes, from_bytes, hex and fromhex are
// written in Python, modules/library_methods.hpp): bit_length, bit_count, to_bytes, from_bytes,
// as_integer_ratio, is_integer, conjugate, real, imag, numerator, denominator, hex, fromhex,
// __index__, __int__, __float__, __trunc__, __floor__, __ceil__, __round__, __abs__, ...
void install_number_methods(VM& vm);

}  // namespace py
