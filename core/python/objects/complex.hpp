// complex, as CPython 3.11's Objects/complexobject.c: arithmetic with int, bool, float and
// complex operands (Smith's division, c_powi for small integral exponents), == and != only, repr
// and format with CPython's rules for each part, hash, abs, and the constructor with its string
// parsing ("1+2j", "(j)", "inf-nanj") and messages.
#pragma once

#include <cstdint>

#include "vm/vm.hpp"

namespace py {

// A complex of `type` (complex itself when null).
Value make_complex(VM& vm, double real, double imag, Type* type = nullptr);
bool is_complex(const VM& vm, const Value& v);  // complex or a subclass

// a OP b (BinaryOp) when either operand is complex and the other a number: the result;
// NotImplemented for other operands and for //, %, @ and the bitwise operators.
Value complex_binary(VM& vm, const Value& a, const Value& b, int op);
// a == b and a != b where a is complex; NotImplemented for ordering and other types.
Value complex_compare(VM& vm, const Value& a, const Value& b, int op);
Value complex_unary(VM& vm, const Value& v, int op);  // - and +; NotImplemented for ~
Value complex_repr(VM& vm, const Value& v);           // "(1+2j)", "2j", "(-0-0j)"
Value complex_format(VM& vm, const Value& v, const Value& spec);
Value complex_abs(VM& vm, const Value& v);
std::int64_t complex_hash(const Value& v);
// x ** y of two complex values (also float ** float when the result is complex).
Value complex_power(VM& vm, double xr, double xi, double yr, double yi);

// complex(real=0, imag=0) for `type` (complex or a subclass).
Value construct_complex(VM& vm, Type& type, CallArgs args);
void install_complex_methods(VM& vm);

}  // namespace py
