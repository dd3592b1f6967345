// complex, as CPython 3.11's Objects/complexobject.c and the complex half of
// Python/formatter_unicode.c.
#include "objects/complex.hpp"

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

#include "modules/library_methods.hpp"
#include "modules/modules.hpp"
#include "num/float_format.hpp"
#include "objects/numbers.hpp"

namespace py {
namespace {

struct Complex {
  double real = 0, imag = 0;
};

// What an operand is: a complex, a real number (int, bool, float or a subclass), or neither.
enum class Operand : std::uint8_t { kOther, kReal, kComplex };

Operand operand_kind(const VM& vm, const Value& v) {
  if (v.is_small()) return Operand::kReal;
  switch (vm.type_of(v)->layout) {
    case Layout::Int:
    case Layout::Bool:
    case Layout::Float:
      return Operand::kReal;
    case Layout::Complex:
      return Operand::kComplex;
    default:
      return Operand::kOther;
  }
}

Complex complex_of(const Value& v) {
  auto* c = v.as<ComplexObject>();
  return {c->real, c->imag};
}

// TO_COMPLEX: a complex as it is, a real number as (x, 0.0). False after OverflowError.
bool to_complex(VM& vm, const Value& v, Complex& out) {
  if (operand_kind(vm, v) == Operand::kComplex) {
    out = complex_of(v);
    return true;
  }
  out.imag = 0.0;
  return vm.to_double(v, out.real, true);
}

Complex product(Complex a, Complex b) {
  return {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

// _Py_c_quot: Smith's algorithm. errno EDOM for a zero divisor.
Complex quotient(Complex a, Complex b, int& error) {
  const double abs_breal = b.real < 0 ? -b.real : b.real;
  const double abs_bimag = b.imag < 0 ? -b.imag : b.imag;
  Complex r;
  if (abs_breal >= abs_bimag) {
    if (abs_breal == 0.0) {
      error = EDOM;
      r.real = r.imag = 0.0;
    } else {
      const double ratio = b.imag / b.real;
      const double denom = b.real + b.imag * ratio;
      r.real = (a.real + a.imag * ratio) / denom;
      r.imag = (a.imag - a.real * ratio) / denom;
    }
  } else if (abs_bimag >= abs_breal) {
    const double ratio = b.real / b.imag;
    const double denom = b.real * ratio + b.imag;
    r.real = (a.real * ratio + a.imag) / denom;
    r.imag = (a.imag * ratio - a.real) / denom;
  } else {
    r.real = r.imag = NAN;  // a NaN in the divisor
  }
  return r;
}

Complex power_unsigned(Complex x, long n) {
  Complex r{1.0, 0.0}, p = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = product(r, p);
    mask <<= 1;
    p = product(p, p);
  }
  return r;
}

// _Py_c_pow.
Complex general_power(Complex a, Complex b, int& error) {
  if (b.real == 0. && b.imag == 0.) return {1., 0.};
  if (a.real == 0. && a.imag == 0.) {
    if (b.imag != 0. || b.real < 0.) error = EDOM;
    return {0., 0.};
  }
  double vabs = std::hypot(a.real, a.imag);
  double len = std::pow(vabs, b.real);
  double at = std::atan2(a.imag, a.real);
  double phase = at * b.real;
  if (b.imag != 0.0) {
    len /= std::exp(at * b.imag);
    phase += b.imag * std::log(vabs);
  }
  // cos and sin of an infinity are domain errors: CPython sees libm's errno EDOM. (Set here, so
  // that libm implementations which leave errno alone agree.)
  if (std::isinf(phase)) error = EDOM;
  return {len * std::cos(phase), len * std::sin(phase)};
}

Value complex_result(VM& vm, Complex c) {
  return make_complex(vm, c.real, c.imag);
}

// ---- repr and format ---------------------------------------------------------------------------

// One part as PyOS_double_to_string(x, 'r', 0, flags): the shortest repr without the ".0"
// float adds; the sign is separate (a NaN has none). `alternate`: Py_DTSF_ALT ("1." for 1).
std::string repr_digits(double x, bool alternate, bool& negative) {
  negative = std::signbit(x) && !std::isnan(x);
  std::string text = num::float_repr(std::fabs(x));
  if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0) text.resize(text.size() - 2);
  if (alternate && std::isfinite(x) && text.find('.') == std::string::npos) {
    std::size_t e = text.find('e');
    text.insert(e == std::string::npos ? text.size() : e, ".");
  }
  return text;
}

// Thousands separators in the leading run of digits.
std::string group_digits(const std::string& text, char separator) {
  std::size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  std::string out;
  for (std::size_t i = 0; i < digits; ++i) {
    if (i > 0 && (digits - i) % 3 == 0) out += separator;
    out += text[i];
  }
  return out + text.substr(digits);
}

std::size_t utf8_length(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

struct Spec {
  std::string fill = " ";
  char align = 0;
  char sign = 0;
  bool z = false, alternate = false, zero = false;
  std::int64_t width = -1, precision = -1;
  char grouping = 0;
  char type = 0;
};

bool is_align(char c) {
  return c == '<' || c == '>' || c == '^' || c == '=';
}

// [[fill]align][sign][z][#][0][width][grouping][.precision][type]; false: ValueError raised.
bool parse_spec(VM& vm, std::string_view s, Spec& spec) {
  std::size_t pos = 0;
  std::size_t first = s.empty() ? 0 : 1;
  while (first < s.size() && (static_cast<unsigned char>(s[first]) & 0xC0) == 0x80) ++first;
  bool fill_given = false;
  if (first < s.size() && is_align(s[first])) {
    spec.fill = std::string(s.substr(0, first));
    spec.align = s[first];
    pos = first + 1;
    fill_given = true;
  } else if (!s.empty() && is_align(s[0])) {
    spec.align = s[0];
    pos = 1;
  }
  if (pos < s.size() && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) spec.sign = s[pos++];
  if (pos < s.size() && s[pos] == 'z') spec.z = true, ++pos;
  if (pos < s.size() && s[pos] == '#') spec.alternate = true, ++pos;
  if (!fill_given && pos < s.size() && s[pos] == '0') {
    spec.fill = "0";
    spec.zero = true;
    if (!spec.align) spec.align = '=';
    ++pos;
  }
  // Width and precision; past a Py_ssize_t, CPython's ValueError (the fuzzer's width of a
  // hundred digits was clamped, then built a string of a terabyte).
  bool too_many_digits = false;
  auto number = [&](std::int64_t& out) {
    std::size_t start = pos;
    std::int64_t n = 0;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
      const int digit = s[pos] - '0';
      if (n > (INT64_MAX - digit) / 10)
        too_many_digits = true;
      else
        n = n * 10 + digit;
      ++pos;
    }
    if (pos > start) out = n;
    return pos > start;
  };
  auto too_many = [&] {
    if (too_many_digits) vm.value_error("Too many decimal digits in format string");
    return too_many_digits;
  };
  number(spec.width);
  if (too_many()) return false;
  if (pos < s.size() && (s[pos] == ',' || s[pos] == '_')) spec.grouping = s[pos++];
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    if (!number(spec.precision)) {
      vm.value_error("Format specifier missing precision");
      return false;
    }
    if (too_many()) return false;
  }
  if (s.size() - pos > 1) {
    vm.value_error("Invalid format specifier '" + std::string(s) +
                   "' for object of type 'complex'");
    return false;
  }
  if (pos < s.size()) spec.type = s[pos];
  return true;
}

// One part formatted with a float presentation type through format_float, its sign apart.
bool format_part(VM& vm, double x, const Spec& spec, char type, std::string& digits,
                 bool& negative) {
  std::string sub;
  if (spec.z) sub += 'z';
  if (spec.alternate) sub += '#';
  if (spec.grouping) sub += spec.grouping;
  if (spec.precision >= 0) sub += "." + std::to_string(spec.precision);
  sub += type;
  num::Result<std::string> r = num::format_float(x, sub, "complex");
  if (!r) {
    vm.value_error(r.error().message);
    return false;
  }
  digits = std::move(*r);
  negative = !digits.empty() && digits[0] == '-';
  if (negative) digits.erase(0, 1);
  return true;
}

std::string with_sign(const std::string& digits, bool negative, char sign) {
  if (negative) return "-" + digits;
  if (sign == '+' || sign == ' ') return sign + digits;
  return digits;
}

}  // namespace

Value make_complex(VM& vm, double real, double imag, Type* type) {
  auto* c = new ComplexObject();
  c->set_user_tag(type ? type->index : vm.type(kComplexType)->index);
  c->real = real;
  c->imag = imag;
  return Value(c);
}

bool is_complex(const VM& vm, const Value& v) {
  return v.is_object() && vm.type_of(v)->layout == Layout::Complex;
}

Value complex_binary(VM& vm, const Value& a, const Value& b, int op) {
  Operand ka = operand_kind(vm, a), kb = operand_kind(vm, b);
  if (ka == Operand::kOther || kb == Operand::kOther) return vm.not_implemented();
  if (op != kAdd && op != kSub && op != kMul && op != kTrueDiv && op != kPow)
    return vm.not_implemented();
  Complex x, y;
  if (!to_complex(vm, a, x) || !to_complex(vm, b, y)) return Value();
  switch (op) {
    case kAdd:
      return complex_result(vm, {x.real + y.real, x.imag + y.imag});
    case kSub:
      return complex_result(vm, {x.real - y.real, x.imag - y.imag});
    case kMul:
      return complex_result(vm, product(x, y));
    case kTrueDiv: {
      int error = 0;
      Complex q = quotient(x, y, error);
      if (error) return vm.raise(vm.exc().ZeroDivisionError, "complex division by zero");
      return complex_result(vm, q);
    }
    default:
      return complex_power(vm, x.real, x.imag, y.real, y.imag);
  }
}

Value complex_power(VM& vm, double xr, double xi, double yr, double yi) {
  Complex a{xr, xi}, b{yr, yi}, p;
  int error = 0;
  if (b.imag == 0.0 && b.real == std::floor(b.real) && std::fabs(b.real) <= 100.0) {
    long n = static_cast<long>(b.real);
    p = n > 0 ? power_unsigned(a, n) : quotient({1.0, 0.0}, power_unsigned(a, -n), error);
  } else {
    p = general_power(a, b, error);
  }
  // _Py_ADJUST_ERANGE2
  if (std::isinf(p.real) || std::isinf(p.imag)) {
    if (error == 0) error = ERANGE;
  } else if (error == ERANGE) {
    error = 0;
  }
  if (error == EDOM)
    return vm.raise(vm.exc().ZeroDivisionError, "0.0 to a negative or complex power");
  if (error == ERANGE) return vm.raise(vm.exc().OverflowError, "complex exponentiation");
  return complex_result(vm, p);
}

Value complex_compare(VM& vm, const Value& a, const Value& b, int op) {
  if ((op != kEq && op != kNe) || !is_complex(vm, a)) return vm.not_implemented();
  Complex x = complex_of(a);
  bool equal;
  if (vm.is_int(b)) {
    // Exact comparison of the real part with the int, as float == int.
    if (x.imag == 0.0) return number_compare(vm, vm.make_float(x.real), b, op);
    equal = false;
  } else if (operand_kind(vm, b) == Operand::kReal) {
    double y;
    if (!vm.to_double(b, y, true)) return Value();
    equal = x.real == y && x.imag == 0.0;
  } else if (is_complex(vm, b)) {
    Complex y = complex_of(b);
    equal = x.real == y.real && x.imag == y.imag;
  } else {
    return vm.not_implemented();
  }
  return vm.boolean(op == kEq ? equal : !equal);
}

Value complex_unary(VM& vm, const Value& v, int op) {
  Complex x = complex_of(v);
  if (op == kNeg) return complex_result(vm, {-x.real, -x.imag});
  if (op == kPos) return complex_result(vm, x);
  return vm.not_implemented();
}

Value complex_repr(VM& vm, const Value& v) {
  Complex x = complex_of(v);
  bool negative_real, negative_imag;
  std::string imag = repr_digits(x.imag, false, negative_imag);
  if (x.real == 0.0 && !std::signbit(x.real))
    return vm.make_str(with_sign(imag, negative_imag, 0) + "j");
  std::string real = repr_digits(x.real, false, negative_real);
  return vm.make_str("(" + with_sign(real, negative_real, 0) + with_sign(imag, negative_imag, '+') +
                     "j)");
}

Value complex_format(VM& vm, const Value& v, const Value& spec_value) {
  const std::string& text = VM::str_text(spec_value);
  if (text.empty()) return vm.str(v);
  Spec spec;
  if (!parse_spec(vm, text, spec)) return Value();
  // As float's formatter (num/float_format.cpp): output past 2^28 characters is refused as a
  // MemoryError rather than attempted.
  constexpr std::int64_t kMaxFormatLength = std::int64_t{1} << 28;
  if (spec.width > kMaxFormatLength || spec.precision > kMaxFormatLength)
    return vm.raise(vm.exc().MemoryError, "");
  Complex x = complex_of(v);
  char type = spec.type;
  if (type && std::string_view("eEfFgGn").find(type) == std::string_view::npos) {
    return vm.value_error(std::string("Unknown format code '") + type +
                          "' for object of type 'complex'");
  }
  if (spec.fill == "0")
    return vm.value_error("Zero padding is not allowed in complex format specifier");
  if (spec.align == '=')
    return vm.value_error("'=' alignment flag is not allowed in complex format specifier");
  bool skip_real = false, parens = false;
  if (!type) {
    if (x.real == 0.0 && !std::signbit(x.real)) {
      skip_real = true;
    } else {
      parens = true;
    }
  }
  if (type == 'n') type = 'g';
  bool repr_mode = !type && spec.precision < 0;
  if (!type) type = 'g';
  std::string real, imag;
  bool negative_real = false, negative_imag = false;
  if (repr_mode) {
    real = repr_digits(x.real, spec.alternate, negative_real);
    imag = repr_digits(x.imag, spec.alternate, negative_imag);
    if (spec.grouping) {
      real = group_digits(real, spec.grouping);
      imag = group_digits(imag, spec.grouping);
    }
  } else if (!format_part(vm, x.real, spec, type, real, negative_real) ||
             !format_part(vm, x.imag, spec, type, imag, negative_imag)) {
    return Value();
  }
  std::string body;
  if (parens) body += '(';
  if (!skip_real) body += with_sign(real, negative_real, spec.sign);
  body += with_sign(imag, negative_imag, skip_real ? spec.sign : '+');
  body += 'j';
  if (parens) body += ')';
  std::size_t length = utf8_length(body);
  if (spec.width > 0 && static_cast<std::size_t>(spec.width) > length) {
    std::size_t pad = static_cast<std::size_t>(spec.width) - length;
    std::size_t left = 0;
    char align = spec.align ? spec.align : '>';
    if (align == '>') left = pad;
    if (align == '^') left = pad / 2;
    std::string out;
    for (std::size_t i = 0; i < left; ++i) out += spec.fill;
    out += body;
    for (std::size_t i = left; i < pad; ++i) out += spec.fill;
    body = std::move(out);
  }
  return vm.make_str(std::move(body));
}

Value complex_abs(VM& vm, const Value& v) {
  Complex z = complex_of(v);
  if (!std::isfinite(z.real) || !std::isfinite(z.imag)) {
    if (std::isinf(z.real)) return vm.make_float(std::fabs(z.real));
    if (std::isinf(z.imag)) return vm.make_float(std::fabs(z.imag));
    return vm.make_float(NAN);
  }
  double result = std::hypot(z.real, z.imag);
  if (!std::isfinite(result)) return vm.raise(vm.exc().OverflowError, "absolute value too large");
  return vm.make_float(result);
}

std::int64_t complex_hash(const Value& v) {
  Complex z = complex_of(v);
  auto identity = reinterpret_cast<std::uintptr_t>(v.object());
  std::uint64_t real = static_cast<std::uint64_t>(num::hash_double(z.real, identity));
  std::uint64_t imag = static_cast<std::uint64_t>(num::hash_double(z.imag, identity));
  std::uint64_t combined = real + 1000003ULL * imag;
  auto h = static_cast<std::int64_t>(combined);
  return h == -1 ? -2 : h;
}

// ---- The constructor ---------------------------------------------------------------------------

namespace {

// A real part or imaginary part argument: a complex as it is, a number as (float(x), 0).
// `has_complex`: it was a complex. Null type name when it is not a number.
bool complex_argument(VM& vm, const Value& v, Complex& out, bool& was_complex) {
  was_complex = is_complex(vm, v);
  if (was_complex) {
    out = complex_of(v);
    return true;
  }
  out.imag = 0.0;
  if (operand_kind(vm, v) == Operand::kReal) return vm.to_double(v, out.real, true);
  Value f = vm.call(vm.type(kFloatType), {v});  // __float__ / __index__ of user classes
  if (!f) return false;
  out.real = f.as<FloatObject>()->value;
  return true;
}

bool has_number_methods(VM& vm, const Value& v) {
  if (operand_kind(vm, v) != Operand::kOther) return true;
  Type* type = vm.type_of(v);
  return vm.lookup_in_type(type, "__float__") || vm.lookup_in_type(type, "__index__");
}

}  // namespace

Value construct_complex(VM& vm, Type& type, CallArgs args) {
  Value bound[2];
  if (!bind_clinic_args(vm, args, "complex", {"real", "imag"}, 0, 2, 0, bound)) return Value();
  Value r = bound[0], i = bound[1];
  if (!r) r = Value::small(0);
  if (vm.type_index(r) == kComplexType && !i && type.index == kComplexType) return r;
  if (vm.is_str(r)) {
    if (i) return vm.type_error("complex() can't take second arg if first is a string");
    const Value cls_and_text[2] = {Value(&type), r};
    return call_library_method(vm, kComplexFromString, CallArgs{cls_and_text, 2});
  }
  if (i && vm.is_str(i)) return vm.type_error("complex() second arg can't be a string");
  if (!is_complex(vm, r)) {
    if (Value method = vm.lookup_in_type(vm.type_of(r), "__complex__")) {
      Value result = vm.call(method, {r});
      if (!result) return Value();
      if (!is_complex(vm, result)) {
        return vm.type_error("__complex__ returned non-complex (type " +
                             std::string(vm.type_name(result)) + ")");
      }
      r = std::move(result);
    }
  }
  if (!has_number_methods(vm, r)) {
    return vm.type_error("complex() first argument must be a string or a number, not '" +
                         std::string(vm.type_name(r)) + "'");
  }
  if (i && !has_number_methods(vm, i)) {
    return vm.type_error("complex() second argument must be a number, not '" +
                         std::string(vm.type_name(i)) + "'");
  }
  Complex cr, ci;
  bool cr_complex = false, ci_complex = false;
  if (!complex_argument(vm, r, cr, cr_complex)) return Value();
  if (!i) {
    ci.real = cr.imag;
  } else if (!complex_argument(vm, i, ci, ci_complex)) {
    return Value();
  }
  if (ci_complex) cr.real -= ci.imag;
  if (cr_complex && i) ci.real += cr.imag;
  return make_complex(vm, cr.real, ci.real, &type);
}

// ---- Methods -----------------------------------------------------------------------------------

namespace {

using modules::after_self;

bool receiver(VM& vm, const CallArgs& args, std::string_view name, std::size_t extra) {
  if (args.nargs == 0 || !is_complex(vm, args[0])) {
    vm.type_error("descriptor '" + std::string(name) +
                  "' requires a 'complex' object but received a '" +
                  std::string(args.nargs ? vm.type_name(args[0]) : "NoneType") + "'");
    return false;
  }
  return check_arity(vm, after_self(args), name, extra, extra);
}

Value real_property(VM& vm, CallArgs args) {
  if (!receiver(vm, args, "real", 0)) return Value();
  return vm.make_float(complex_of(args[0]).real);
}

Value imag_property(VM& vm, CallArgs args) {
  if (!receiver(vm, args, "imag", 0)) return Value();
  return vm.make_float(complex_of(args[0]).imag);
}

Value conjugate_method(VM& vm, CallArgs args) {
  if (!receiver(vm, args, "conjugate", 0)) return Value();
  Complex z = complex_of(args[0]);
  return make_complex(vm, z.real, -z.imag);
}

Value complex_dunder(VM& vm, CallArgs args) {
  if (!receiver(vm, args, "__complex__", 0)) return Value();
  Complex z = complex_of(args[0]);
  return make_complex(vm, z.real, z.imag);
}

Value abs_dunder(VM& vm, CallArgs args) {
  if (!receiver(vm, args, "__abs__", 0)) return Value();
  return complex_abs(vm, args[0]);
}

Value repr_dunder(VM& vm, CallArgs args) {
  if (!receiver(vm, args, "__repr__", 0)) return Value();
  return complex_repr(vm, args[0]);
}

Value hash_dunder(VM& vm, CallArgs args) {
  if (!receiver(vm, args, "__hash__", 0)) return Value();
  return vm.make_int(complex_hash(args[0]));
}

Value format_dunder(VM& vm, CallArgs args) {
  if (!receiver(vm, args, "__format__", 1)) return Value();
  if (!vm.is_str(args[1])) {
    return vm.type_error("__format__() argument must be str, not " +
                         std::string(vm.type_name(args[1])));
  }
  return complex_format(vm, args[0], args[1]);
}

Value bool_dunder(VM& vm, CallArgs args) {
  if (!receiver(vm, args, "__bool__", 0)) return Value();
  Complex z = complex_of(args[0]);
  return vm.boolean(z.real != 0.0 || z.imag != 0.0);
}

template <int op>
Value unary_dunder(VM& vm, CallArgs args) {
  if (!receiver(vm, args, op == kNeg ? "__neg__" : "__pos__", 0)) return Value();
  return complex_unary(vm, args[0], op);
}

template <int op, bool reflected>
Value binary_dunder(VM& vm, CallArgs args) {
  constexpr std::string_view names[] = {"__add__",     "__sub__", "__mul__", "",
                                        "__truediv__", "",        "__pow__"};
  if (!receiver(vm, args, names[op], op == kPow ? args.nargs > 2 ? 2 : 1 : 1)) return Value();
  if (op == kPow && args.nargs > 2 && !vm.is_none(args[2])) return vm.value_error("complex modulo");
  return reflected ? complex_binary(vm, args[1], args[0], op)
                   : complex_binary(vm, args[0], args[1], op);
}

template <int op>
Value compare_dunder(VM& vm, CallArgs args) {
  if (!receiver(vm, args, op == kEq ? "__eq__" : "__ne__", 1)) return Value();
  return complex_compare(vm, args[0], args[1], op);
}

Value new_dunder(VM& vm, CallArgs args) {
  if (args.nargs == 0) return vm.type_error("complex.__new__(): not enough arguments");
  if (vm.type_of(args[0])->layout != Layout::Type) {
    return vm.type_error("complex.__new__(X): X is not a type object (" +
                         std::string(vm.type_name(args[0])) + ")");
  }
  Type& cls = *args[0].as<Type>();
  if (!VM::is_subtype(&cls, vm.type(kComplexType))) {
    return vm.type_error("complex.__new__(" + cls.name + "): " + cls.name +
                         " is not a subtype of complex");
  }
  return construct_complex(vm, cls, after_self(args));
}

}  // namespace

void install_complex_methods(VM& vm) {
  Type* type = vm.type(kComplexType);
  vm.add_static(type, "__new__", new_dunder);
  vm.add_property(type, "real", real_property);
  vm.add_property(type, "imag", imag_property);
  vm.add_method(type, "conjugate", conjugate_method);
  vm.add_method(type, "__complex__", complex_dunder);
  vm.add_method(type, "__abs__", abs_dunder);
  vm.add_method(type, "__repr__", repr_dunder);
  vm.add_method(type, "__hash__", hash_dunder);
  vm.add_method(type, "__format__", format_dunder);
  vm.add_method(type, "__bool__", bool_dunder);
  vm.add_method(type, "__neg__", unary_dunder<kNeg>);
  vm.add_method(type, "__pos__", unary_dunder<kPos>);
  vm.add_method(type, "__eq__", compare_dunder<kEq>);
  vm.add_method(type, "__ne__", compare_dunder<kNe>);
  vm.add_method(type, "__add__", binary_dunder<kAdd, false>);
  vm.add_method(type, "__radd__", binary_dunder<kAdd, true>);
  vm.add_method(type, "__sub__", binary_dunder<kSub, false>);
  vm.add_method(type, "__rsub__", binary_dunder<kSub, true>);
  vm.add_method(type, "__mul__", binary_dunder<kMul, false>);
  vm.add_method(type, "__rmul__", binary_dunder<kMul, true>);
  vm.add_method(type, "__truediv__", binary_dunder<kTrueDiv, false>);
  vm.add_method(type, "__rtruediv__", binary_dunder<kTrueDiv, true>);
  vm.add_method(type, "__pow__", binary_dunder<kPow, false>);
  vm.add_method(type, "__rpow__", binary_dunder<kPow, true>);
}

}  // namespace py
