// math, as CPython 3.11's Modules/mathmodule.c: the C library's functions wrapped with
// CPython's special-value and error rules (math_1, math_2, is_error), and CPython's own
// algorithms where it has them (fsum, hypot/dist, gamma/lgamma, log of huge ints, isqrt), so
// results are bit-for-bit CPython's wherever the C library is glibc's. Under Emscripten, musl's
// transcendental functions (sin, exp, log, pow...) can differ from glibc's in the last bit.
//
// Integer functions (factorial, comb, perm, gcd, lcm, isqrt) compute with int Values through
// the VM's arithmetic, so arbitrarily large ints work without touching their representation.
#include <bit>
#include <cerrno>
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <string>
#include <vector>

#include "modules/modules.hpp"

namespace py {
namespace {

constexpr double kPi = 3.141592653589793238462643383279502884197;
constexpr double kE = 2.718281828459045235360287471352662498;
constexpr double kLogPi = 1.144729885849400174143427351353058711647;

// ---- Arguments ---------------------------------------------------------------------------------

// METH_O functions: "math.sqrt() takes exactly one argument (0 given)".
bool one_argument(VM& vm, CallArgs args, std::string_view name) {
  const std::string qualified = "math." + std::string(name);
  if (!no_keywords(vm, args, qualified)) return false;
  if (args.nargs == 1) return true;
  vm.type_error(qualified + "() takes exactly one argument (" + std::to_string(args.nargs) +
                " given)");
  return false;
}

// _PyArg_CheckPositional: "atan2 expected 2 arguments, got 1".
bool positional(VM& vm, CallArgs args, std::string_view name, std::size_t min, std::size_t max) {
  if (!no_keywords(vm, args, "math." + std::string(name))) return false;
  if (args.nargs >= min && args.nargs <= max) return true;
  const bool few = args.nargs < min;
  const std::size_t bound = few ? min : max;
  vm.type_error(std::string(name) + " expected " +
                (min == max ? ""
                 : few      ? "at least "
                            : "at most ") +
                std::to_string(bound) + " argument" + (bound == 1 ? "" : "s") + ", got " +
                std::to_string(args.nargs));
  return false;
}

// PyFloat_AsDouble: floats (and subclasses), ints, then __float__ and __index__.
bool to_real(VM& vm, const Value& v, double& out) {
  Type* type = vm.type_of(v);
  if (type->layout == Layout::Float) {
    out = v.as<FloatObject>()->value;
    return true;
  }
  if (vm.is_int(v)) return vm.to_double(v, out);
  if (vm.lookup_in_type(type, "__float__")) {
    Value result = vm.call_method(v, "__float__", {});
    if (!result) return false;
    if (vm.type_of(result)->layout != Layout::Float) {
      vm.type_error(type->name + ".__float__ returned non-float (type " +
                    std::string(vm.type_name(result)) + ")");
      return false;
    }
    out = result.as<FloatObject>()->value;
    return true;
  }
  if (vm.lookup_in_type(type, "__index__")) {
    Value index = vm.call_method(v, "__index__", {});
    return index && vm.to_double(index, out);
  }
  vm.type_error("must be real number, not " + type->name);
  return false;
}

// operator.index(v) as an int Value.
Value index_of(VM& vm, const Value& v) {
  if (vm.is_int(v)) return v;
  if (vm.lookup_in_type(vm.type_of(v), "__index__")) {
    Value index = vm.call_method(v, "__index__", {});
    if (!index || vm.is_int(index)) return index;
    return vm.type_error("__index__ returned non-int (type " + std::string(vm.type_name(index)) +
                         ")");
  }
  return vm.type_error("'" + std::string(vm.type_name(v)) +
                       "' object cannot be interpreted as an integer");
}

// The sign of an int Value: -1, 0 or 1 (anything else: -2, raised).
int sign_of(VM& vm, const Value& n) {
  if (n.is_small()) return (n.small_value() > 0) - (n.small_value() < 0);
  Value negative = vm.rich_compare(n, Value::small(0), kLt);
  if (!negative) return -2;
  if (negative.is(vm.true_value())) return -1;
  Value positive = vm.rich_compare(n, Value::small(0), kGt);
  if (!positive) return -2;
  return positive.is(vm.true_value()) ? 1 : 0;
}

// ---- Errors ------------------------------------------------------------------------------------

Value domain_error(VM& vm) {
  return vm.value_error("math domain error");
}
Value range_error(VM& vm) {
  return vm.raise(vm.exc().OverflowError, "math range error");
}

// is_error: errno after a libm call. Returns true if it raised; an ERANGE underflow is fine.
bool is_error(VM& vm, double result) {
  if (errno == EDOM) {
    domain_error(vm);
  } else if (errno == ERANGE) {
    if (std::fabs(result) < 1.5) return false;
    range_error(vm);
  } else {
    domain_error(vm);
  }
  return true;
}

Value make_float(VM& vm, double d) {
  return vm.make_float(d);
}

// math_1: a NaN from a non-NaN is a domain error; an infinity from a finite value an overflow
// (can_overflow) or a singularity.
Value math_1(VM& vm, CallArgs args, std::string_view name, double (*f)(double), bool can_overflow) {
  double x;
  if (!one_argument(vm, args, name) || !to_real(vm, args[0], x)) return {};
  errno = 0;
  double r = f(x);
  if (std::isnan(r) && !std::isnan(x)) return domain_error(vm);
  if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error(vm) : domain_error(vm);
  if (std::isfinite(r) && errno && is_error(vm, r)) return {};
  return make_float(vm, r);
}

// math_1a: for functions that set errno themselves.
Value math_1a(VM& vm, CallArgs args, std::string_view name, double (*f)(double)) {
  double x;
  if (!one_argument(vm, args, name) || !to_real(vm, args[0], x)) return {};
  errno = 0;
  double r = f(x);
  if (errno && is_error(vm, r)) return {};
  return make_float(vm, r);
}

bool two_reals(VM& vm, CallArgs args, std::string_view name, double& x, double& y) {
  return positional(vm, args, name, 2, 2) && to_real(vm, args[0], x) && to_real(vm, args[1], y);
}

// math_2: as math_1, for two arguments.
Value math_2(VM& vm, CallArgs args, std::string_view name, double (*f)(double, double)) {
  double x, y;
  if (!two_reals(vm, args, name, x, y)) return {};
  errno = 0;
  double r = f(x, y);
  if (std::isnan(r)) {
    errno = !std::isnan(x) && !std::isnan(y) ? EDOM : 0;
  } else if (std::isinf(r)) {
    errno = std::isfinite(x) && std::isfinite(y) ? ERANGE : 0;
  }
  if (errno && is_error(vm, r)) return {};
  return make_float(vm, r);
}

// ---- CPython's own real functions --------------------------------------------------------------

double m_sinpi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  int n = static_cast<int>(std::round(2.0 * y));
  double r;
  switch (n) {
    case 0:
      r = std::sin(kPi * y);
      break;
    case 1:
      r = std::cos(kPi * (y - 0.5));
      break;
    case 2:
      r = std::sin(kPi * (1.0 - y));
      break;  // not -sin(pi*(y-1.0)): that gives -0.0
    case 3:
      r = -std::cos(kPi * (y - 1.5));
      break;
    default:
      r = std::sin(kPi * (y - 2.0));
      break;
  }
  return std::copysign(1.0, x) * r;
}

// The Lanczos approximation CPython's gamma and lgamma use (N=13, g=6.024680040776729583740234375).
constexpr int kLanczosN = 13;
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr double kLanczosNum[kLanczosN] = {23531376880.410759688572007674451636754734846804940,
                                           42919803642.649098768957899047001988850926355848959,
                                           35711959237.355668049440185451547166705960488635843,
                                           17921034426.037209699919755754458931112671403265390,
                                           6039542586.3520280050642916443072979210699388420708,
                                           1439720407.3117216736632230727949123939715485786772,
                                           248874557.86205415651146038641322942321632125127801,
                                           31426415.585400194380614231628318205362874684987640,
                                           2876370.6289353724412254090516208496135991145378768,
                                           186056.26539522349504029498971604569928220784236328,
                                           8071.6720023658162106380029022722506138218516325024,
                                           210.82427775157934587250973392071336271166969580291,
                                           2.5066282746310002701649081771338373386264310793408};
constexpr double kLanczosDen[kLanczosN] = {
    0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0,   32670.0,     1925.0,      66.0,        1.0};
constexpr double kGammaIntegral[] = {1.0,
                                     1.0,
                                     2.0,
                                     6.0,
                                     24.0,
                                     120.0,
                                     720.0,
                                     5040.0,
                                     40320.0,
                                     362880.0,
                                     3628800.0,
                                     39916800.0,
                                     479001600.0,
                                     6227020800.0,
                                     87178291200.0,
                                     1307674368000.0,
                                     20922789888000.0,
                                     355687428096000.0,
                                     6402373705728000.0,
                                     121645100408832000.0,
                                     2432902008176640000.0,
                                     51090942171709440000.0,
                                     1124000727777607680000.0};
constexpr int kGammaIntegralCount = 23;

double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = kLanczosN; --i >= 0;) {
      num = num * x + kLanczosNum[i];
      den = den * x + kLanczosDen[i];
    }
  } else {
    for (int i = 0; i < kLanczosN; i++) {
      num = num / x + kLanczosNum[i];
      den = den / x + kLanczosDen[i];
    }
  }
  return num / den;
}

double m_tgamma(double x) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    errno = EDOM;
    return NAN;
  }
  if (x == 0.0) {
    errno = EDOM;
    return std::copysign(HUGE_VAL, x);
  }
  if (x == std::floor(x)) {
    if (x < 0.0) {
      errno = EDOM;
      return NAN;
    }
    if (x <= kGammaIntegralCount) return kGammaIntegral[static_cast<int>(x) - 1];
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) {
    double r = 1.0 / x;
    if (std::isinf(r)) errno = ERANGE;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / m_sinpi(x);
    errno = ERANGE;
    return HUGE_VAL;
  }
  double y = absx + kLanczosGMinusHalf;
  double z;
  if (absx > kLanczosGMinusHalf) {
    volatile double q = y - absx;  // the error in y: kept from algebraic simplification
    z = q - kLanczosGMinusHalf;
  } else {
    volatile double q = y - kLanczosGMinusHalf;
    z = q - absx;
  }
  z = z * kLanczosG / y;
  double r;
  if (x < 0.0) {
    r = -kPi / m_sinpi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (std::isinf(r)) errno = ERANGE;
  return r;
}

double m_lgamma(double x) {
  if (!std::isfinite(x)) return std::isnan(x) ? x : HUGE_VAL;
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      errno = EDOM;
      return HUGE_VAL;
    }
    return 0.0;
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return -std::log(absx);
  double r = std::log(lanczos_sum(absx)) - kLanczosG;
  r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
  if (x < 0.0) r = kLogPi - std::log(std::fabs(m_sinpi(absx))) - std::log(absx) - r;
  if (std::isinf(r)) errno = ERANGE;
  return r;
}

double m_atan2(double y, double x) {
  if (std::isnan(x) || std::isnan(y)) return NAN;
  if (std::isinf(y)) {
    if (std::isinf(x)) {
      return std::copysign(std::copysign(1., x) == 1. ? 0.25 * kPi : 0.75 * kPi, y);
    }
    return std::copysign(0.5 * kPi, y);
  }
  if (std::isinf(x) || y == 0.) {
    return std::copysign(std::copysign(1., x) == 1. ? 0. : kPi, y);
  }
  return std::atan2(y, x);
}

// IEEE 754 remainder, exact (see CPython's m_remainder for the proof).
double m_remainder(double x, double y) {
  if (std::isfinite(x) && std::isfinite(y)) {
    if (y == 0.0) return NAN;
    double absx = std::fabs(x), absy = std::fabs(y);
    double m = std::fmod(absx, absy);
    double c = absy - m;
    double r;
    if (m < c) {
      r = m;
    } else if (m > c) {
      r = -c;
    } else {
      r = m - 2.0 * std::fmod(0.5 * (absx - m), absy);
    }
    return std::copysign(1.0, x) * r;
  }
  if (std::isnan(x)) return x;
  if (std::isnan(y)) return y;
  if (std::isinf(x)) return NAN;
  return x;
}

double m_log(double x) {
  if (std::isfinite(x)) {
    if (x > 0.0) return std::log(x);
    errno = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (std::isnan(x) || x > 0.0) return x;
  errno = EDOM;
  return NAN;
}

double m_log2(double x) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    errno = EDOM;
    return NAN;
  }
  if (x > 0.0) return std::log2(x);
  errno = EDOM;
  return x == 0.0 ? -HUGE_VAL : NAN;
}

double m_log10(double x) {
  if (std::isfinite(x)) {
    if (x > 0.0) return std::log10(x);
    errno = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
  }
  if (std::isnan(x) || x > 0.0) return x;
  errno = EDOM;
  return NAN;
}

double m_log1p(double x) {
  return x == 0.0 ? x : std::log1p(x);
}  // keeps -0.0

// ---- One- and two-argument functions -----------------------------------------------------------

#define MATH_1(name, f, can_overflow)                \
  Value math_##name(VM& vm, CallArgs args) {         \
    return math_1(vm, args, #name, f, can_overflow); \
  }
#define MATH_1A(name, f)                     \
  Value math_##name(VM& vm, CallArgs args) { \
    return math_1a(vm, args, #name, f);      \
  }
#define MATH_2(name, f)                      \
  Value math_##name(VM& vm, CallArgs args) { \
    return math_2(vm, args, #name, f);       \
  }

double c_acos(double x) {
  return std::acos(x);
}
double c_acosh(double x) {
  return std::acosh(x);
}
double c_asin(double x) {
  return std::asin(x);
}
double c_asinh(double x) {
  return std::asinh(x);
}
double c_atan(double x) {
  return std::atan(x);
}
double c_atanh(double x) {
  return std::atanh(x);
}
double c_cbrt(double x) {
  return std::cbrt(x);
}
double c_cos(double x) {
  return std::cos(x);
}
double c_cosh(double x) {
  return std::cosh(x);
}
double c_erf(double x) {
  return std::erf(x);
}
double c_erfc(double x) {
  return std::erfc(x);
}
double c_exp(double x) {
  return std::exp(x);
}
double c_exp2(double x) {
  return std::exp2(x);
}
double c_expm1(double x) {
  return std::expm1(x);
}
double c_fabs(double x) {
  return std::fabs(x);
}
double c_sin(double x) {
  return std::sin(x);
}
double c_sinh(double x) {
  return std::sinh(x);
}
double c_sqrt(double x) {
  return std::sqrt(x);
}
double c_tan(double x) {
  return std::tan(x);
}
double c_tanh(double x) {
  return std::tanh(x);
}
double c_copysign(double x, double y) {
  return std::copysign(x, y);
}

MATH_1(acos, c_acos, false)
MATH_1(acosh, c_acosh, false)
MATH_1(asin, c_asin, false)
MATH_1(asinh, c_asinh, false)
MATH_1(atan, c_atan, false)
MATH_1(atanh, c_atanh, false)
MATH_1(cbrt, c_cbrt, false)
MATH_1(cos, c_cos, false)
MATH_1(cosh, c_cosh, true)
MATH_1(exp, c_exp, true)
MATH_1(exp2, c_exp2, true)
MATH_1(expm1, c_expm1, true)
MATH_1(fabs, c_fabs, false)
MATH_1(log1p, m_log1p, false)
MATH_1(sin, c_sin, false)
MATH_1(sinh, c_sinh, true)
MATH_1(sqrt, c_sqrt, false)
MATH_1(tan, c_tan, false)
MATH_1(tanh, c_tanh, false)
MATH_1A(erf, c_erf)
MATH_1A(erfc, c_erfc)
MATH_1A(gamma, m_tgamma)
MATH_1A(lgamma, m_lgamma)
MATH_2(atan2, m_atan2)
MATH_2(copysign, c_copysign)
MATH_2(remainder, m_remainder)

#undef MATH_1
#undef MATH_1A
#undef MATH_2

Value math_fmod(VM& vm, CallArgs args) {
  double x, y;
  if (!two_reals(vm, args, "fmod", x, y)) return {};
  if (std::isinf(y) && std::isfinite(x)) return make_float(vm, x);
  errno = 0;
  double r = std::fmod(x, y);
  if (std::isnan(r)) errno = !std::isnan(x) && !std::isnan(y) ? EDOM : 0;
  if (errno && is_error(vm, r)) return {};
  return make_float(vm, r);
}

Value math_pow(VM& vm, CallArgs args) {
  double x, y;
  if (!two_reals(vm, args, "pow", x, y)) return {};
  double r = 0.;
  errno = 0;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    // IEEE specials, handled here for consistency across platforms.
    if (std::isnan(x)) {
      r = y == 0. ? 1. : x;
    } else if (std::isnan(y)) {
      r = x == 1. ? 1. : y;
    } else if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.) {
        r = odd_y ? x : std::fabs(x);
      } else if (y == 0.) {
        r = 1.;
      } else {
        r = odd_y ? std::copysign(0., x) : 0.;
      }
    } else if (std::fabs(x) == 1.0) {
      r = 1.;
    } else if (y > 0. && std::fabs(x) > 1.0) {
      r = y;
    } else if (y < 0. && std::fabs(x) < 1.0) {
      r = -y;
    } else {
      r = 0.;
    }
  } else {
    r = std::pow(x, y);
    if (std::isnan(r)) {
      errno = EDOM;  // (-ve)**(finite non-integer)
    } else if (std::isinf(r)) {
      errno = x == 0. ? EDOM : ERANGE;  // 0.**negative, or an overflow
    }
  }
  if (errno && is_error(vm, r)) return {};
  return make_float(vm, r);
}

Value math_ldexp(VM& vm, CallArgs args) {
  double x;
  if (!positional(vm, args, "ldexp", 2, 2) || !to_real(vm, args[0], x)) return {};
  if (!vm.is_int(args[1])) return vm.type_error("Expected an int as second argument to ldexp.");
  std::int64_t exp;
  if (!vm.to_int64(args[1], exp)) {  // beyond a C long: clamped, as CPython does
    int sign = sign_of(vm, args[1]);
    if (sign == -2) return {};
    exp = sign < 0 ? INT64_MIN : INT64_MAX;
  }
  double r;
  errno = 0;
  if (x == 0. || !std::isfinite(x)) {
    r = x;
  } else if (exp > INT_MAX) {
    r = std::copysign(HUGE_VAL, x);
    errno = ERANGE;
  } else if (exp < INT_MIN) {
    r = std::copysign(0., x);
  } else {
    r = std::ldexp(x, static_cast<int>(exp));
    errno = std::isinf(r) ? ERANGE : 0;
  }
  if (errno && is_error(vm, r)) return {};
  return make_float(vm, r);
}

Value math_frexp(VM& vm, CallArgs args) {
  double x;
  if (!one_argument(vm, args, "frexp") || !to_real(vm, args[0], x)) return {};
  int e = 0;
  if (!std::isnan(x) && !std::isinf(x) && x != 0.0) x = std::frexp(x, &e);
  return vm.make_tuple({make_float(vm, x), vm.make_int(e)});
}

Value math_modf(VM& vm, CallArgs args) {
  double x;
  if (!one_argument(vm, args, "modf") || !to_real(vm, args[0], x)) return {};
  if (std::isinf(x))
    return vm.make_tuple({make_float(vm, std::copysign(0., x)), make_float(vm, x)});
  if (std::isnan(x)) return vm.make_tuple({make_float(vm, x), make_float(vm, x)});
  double integral;
  double fractional = std::modf(x, &integral);
  return vm.make_tuple({make_float(vm, fractional), make_float(vm, integral)});
}

Value math_degrees(VM& vm, CallArgs args) {
  double x;
  if (!one_argument(vm, args, "degrees") || !to_real(vm, args[0], x)) return {};
  return make_float(vm, x * (180.0 / kPi));
}

Value math_radians(VM& vm, CallArgs args) {
  double x;
  if (!one_argument(vm, args, "radians") || !to_real(vm, args[0], x)) return {};
  return make_float(vm, x * (kPi / 180.0));
}

Value classify(VM& vm, CallArgs args, std::string_view name, bool (*test)(double)) {
  double x;
  if (!one_argument(vm, args, name) || !to_real(vm, args[0], x)) return {};
  return vm.boolean(test(x));
}

Value math_isfinite(VM& vm, CallArgs args) {
  return classify(vm, args, "isfinite", [](double x) { return std::isfinite(x); });
}
Value math_isinf(VM& vm, CallArgs args) {
  return classify(vm, args, "isinf", [](double x) { return std::isinf(x); });
}
Value math_isnan(VM& vm, CallArgs args) {
  return classify(vm, args, "isnan", [](double x) { return std::isnan(x); });
}

Value math_isclose(VM& vm, CallArgs args) {
  Value bound[4];
  if (!bind_clinic_args(vm, args, "isclose", {"a", "b", "rel_tol", "abs_tol"}, 0, 2, 2, bound))
    return {};
  double a, b, rel_tol = 1e-09, abs_tol = 0.0;
  if (!to_real(vm, bound[0], a) || !to_real(vm, bound[1], b)) return {};
  if (bound[2] && !to_real(vm, bound[2], rel_tol)) return {};
  if (bound[3] && !to_real(vm, bound[3], abs_tol)) return {};
  if (rel_tol < 0.0 || abs_tol < 0.0) return vm.value_error("tolerances must be non-negative");
  if (a == b) return vm.true_value();
  if (std::isinf(a) || std::isinf(b)) return vm.false_value();
  double diff = std::fabs(b - a);
  return vm.boolean(diff <= std::fabs(rel_tol * b) || diff <= std::fabs(rel_tol * a) ||
                    diff <= abs_tol);
}

Value math_nextafter(VM& vm, CallArgs args) {
  double x, y;
  if (!two_reals(vm, args, "nextafter", x, y)) return {};
  return make_float(vm, std::nextafter(x, y));
}

Value math_ulp(VM& vm, CallArgs args) {
  double x;
  if (!one_argument(vm, args, "ulp") || !to_real(vm, args[0], x)) return {};
  if (std::isnan(x)) return make_float(vm, x);
  x = std::fabs(x);
  if (std::isinf(x)) return make_float(vm, x);
  double next = std::nextafter(x, HUGE_VAL);
  if (std::isinf(next)) return make_float(vm, x - std::nextafter(x, -HUGE_VAL));  // the max float
  return make_float(vm, next - x);
}

// ---- Logarithms --------------------------------------------------------------------------------

// A huge positive int as m * 2**e, 0.5 <= m < 1, m correctly rounded (_PyLong_Frexp).
bool int_frexp(VM& vm, const Value& n, double& m, std::int64_t& e) {
  Value bits_value = vm.call_method(n, "bit_length", {});
  std::int64_t bits;
  if (!bits_value || !vm.to_int64(bits_value, bits)) return false;
  // The top 63 bits, with a sticky bit for the rest, round to 53 bits as the whole int would.
  Value shift = vm.make_int(bits - 63);
  Value top = vm.binary_op(n, shift, kRShift);
  Value back = top ? vm.binary_op(top, shift, kLShift) : Value();
  Value rest = back ? vm.binary_op(n, back, kSub) : Value();
  std::int64_t top_bits;
  int inexact = rest ? vm.truthy(rest) : -1;
  if (inexact < 0 || !vm.to_int64(top, top_bits)) return false;
  double mantissa = static_cast<double>(static_cast<std::uint64_t>(top_bits) | (inexact ? 1u : 0u));
  m = std::ldexp(mantissa, -63);
  e = bits;
  if (m == 1.0) {
    m = 0.5;
    ++e;
  }
  return true;
}

// loghelper: ints of any size directly; anything else through math_1.
Value log_of(VM& vm, const Value& arg, std::string_view name, double (*f)(double)) {
  if (vm.is_int(arg)) {
    int sign = sign_of(vm, arg);
    if (sign == -2) return {};
    if (sign <= 0) return domain_error(vm);
    double x;
    if (vm.to_double(arg, x)) return make_float(vm, f(x));
    if (!vm.pending_is(vm.exc().OverflowError)) return {};
    vm.take_exception();
    std::int64_t e;
    if (!int_frexp(vm, arg, x, e)) return {};
    return make_float(vm, f(x) + f(2.0) * static_cast<double>(e));
  }
  return math_1(vm, CallArgs{&arg, 1}, name, f, false);
}

Value math_log(VM& vm, CallArgs args) {
  if (!no_keywords(vm, args, "math.log")) return {};
  if (args.nargs < 1 || args.nargs > 2) return vm.type_error("math.log requires 1 to 2 arguments");
  Value num = log_of(vm, args[0], "log", m_log);
  if (!num || args.nargs == 1) return num;
  Value den = log_of(vm, args[1], "log", m_log);
  return den ? vm.binary_op(num, den, kTrueDiv) : Value();
}

Value math_log2(VM& vm, CallArgs args) {
  return one_argument(vm, args, "log2") ? log_of(vm, args[0], "log2", m_log2) : Value();
}

Value math_log10(VM& vm, CallArgs args) {
  return one_argument(vm, args, "log10") ? log_of(vm, args[0], "log10", m_log10) : Value();
}

// ---- Rounding to ints --------------------------------------------------------------------------

// int(d) for an integral double: small ones directly, the rest (and inf/nan errors) by int().
Value int_from_double(VM& vm, double d) {
  if (std::fabs(d) < 4e18) return vm.make_int(static_cast<std::int64_t>(d));
  return vm.call(Value(vm.type(kIntType)), {make_float(vm, d)});
}

// floor/ceil/trunc: floats directly, ints as themselves, else the type's __floor__ etc.
Value round_to_int(VM& vm, CallArgs args, std::string_view name, double (*f)(double)) {
  if (!one_argument(vm, args, name)) return {};
  const Value& x = args[0];
  Type* type = vm.type_of(x);
  if (type->layout == Layout::Float && (name == "trunc" || vm.type_index(x) == kFloatType)) {
    return int_from_double(vm, f(x.as<FloatObject>()->value));
  }
  if (vm.type_index(x) == kIntType) return x;
  const std::string special = "__" + std::string(name) + "__";
  if (vm.lookup_in_type(type, special)) return vm.call_method(x, special, {});
  if (vm.is_int(x)) return vm.call(Value(vm.type(kIntType)), {x});
  if (name == "trunc")
    return vm.type_error("type " + type->name + " doesn't define __trunc__ method");
  double d;
  if (!to_real(vm, x, d)) return {};
  return int_from_double(vm, f(d));
}

double c_floor(double x) {
  return std::floor(x);
}
double c_ceil(double x) {
  return std::ceil(x);
}
double c_trunc(double x) {
  return std::trunc(x);
}

Value math_floor(VM& vm, CallArgs args) {
  return round_to_int(vm, args, "floor", c_floor);
}
Value math_ceil(VM& vm, CallArgs args) {
  return round_to_int(vm, args, "ceil", c_ceil);
}
Value math_trunc(VM& vm, CallArgs args) {
  return round_to_int(vm, args, "trunc", c_trunc);
}

// ---- Integer functions -------------------------------------------------------------------------

Value multiply(VM& vm, const Value& a, const Value& b) {
  return a && b ? vm.binary_op(a, b, kMul) : Value();
}

// product(range(low, high)) for 0 < low <= high, splitting the range so that the big
// multiplications are balanced.
Value range_product(VM& vm, std::uint64_t low, std::uint64_t high) {
  if (high - low <= 16) {
    Value result = Value::small(1);
    std::uint64_t partial = 1;
    for (std::uint64_t k = low; k < high; ++k) {
      std::uint64_t next;
      if (__builtin_mul_overflow(partial, k, &next) ||
          next > static_cast<std::uint64_t>(Value::kSmallMax)) {
        result = multiply(vm, result, vm.make_int(static_cast<std::int64_t>(partial)));
        partial = k;
      } else {
        partial = next;
      }
    }
    return multiply(vm, result, vm.make_int(static_cast<std::int64_t>(partial)));
  }
  std::uint64_t middle = low + (high - low) / 2;
  return multiply(vm, range_product(vm, low, middle), range_product(vm, middle, high));
}

// An int argument as int64, or why not: TypeError (not an int), or `sign` of the too-big one.
bool int64_argument(VM& vm, const Value& arg, Value& index, std::int64_t& out, int& sign) {
  sign = 0;
  index = index_of(vm, arg);
  if (!index) return false;
  if (vm.to_int64(index, out)) return true;
  sign = sign_of(vm, index);
  return false;
}

Value factorial_of(VM& vm, const Value& arg) {
  Value index;
  std::int64_t n;
  int sign;
  if (!int64_argument(vm, arg, index, n, sign)) {
    if (sign == 0 || sign == -2) return {};
    if (sign > 0) {
      return vm.raise(vm.exc().OverflowError,
                      "factorial() argument should not exceed " + std::to_string(INT64_MAX));
    }
    n = -1;
  }
  if (n < 0) return vm.value_error("factorial() not defined for negative values");
  return range_product(vm, 1, static_cast<std::uint64_t>(n) + 1);
}

Value math_factorial(VM& vm, CallArgs args) {
  return one_argument(vm, args, "factorial") ? factorial_of(vm, args[0]) : Value();
}

Value abs_int(VM& vm, const Value& n) {
  int sign = sign_of(vm, n);
  if (sign == -2) return {};
  if (sign < 0) return vm.unary_op(n, kNeg);
  return vm.type_index(n) == kIntType ? n : vm.call(Value(vm.type(kIntType)), {n});
}

// gcd of two ints (Euclid; int64 values take the fast path).
Value gcd_of(VM& vm, Value a, Value b) {
  a = abs_int(vm, a);
  b = a ? abs_int(vm, b) : Value();
  if (!b) return {};
  std::int64_t x, y;
  if (vm.to_int64(a, x) && vm.to_int64(b, y)) return vm.make_int(std::gcd(x, y));
  for (;;) {
    int zero = sign_of(vm, b);
    if (zero == -2) return {};
    if (zero == 0) return a;
    Value r = vm.binary_op(a, b, kMod);
    if (!r) return {};
    a = std::move(b);
    b = std::move(r);
  }
}

Value math_gcd(VM& vm, CallArgs args) {
  if (!no_keywords(vm, args, "math.gcd")) return {};
  Value result = Value::small(0);
  for (std::uint32_t i = 0; i < args.nargs; ++i) {
    Value x = index_of(vm, args[i]);
    if (!x) return {};
    result = i == 0 ? abs_int(vm, x) : gcd_of(vm, result, x);
    if (!result) return {};
  }
  return result;
}

Value math_lcm(VM& vm, CallArgs args) {
  if (!no_keywords(vm, args, "math.lcm")) return {};
  Value result = Value::small(1);
  for (std::uint32_t i = 0; i < args.nargs; ++i) {
    Value x = index_of(vm, args[i]);
    if (!x) return {};
    if (i == 0) {
      result = abs_int(vm, x);
    } else if (sign_of(vm, result) != 0) {
      int x_sign = sign_of(vm, x);
      if (x_sign == 0) {
        result = Value::small(0);
      } else {
        Value g = gcd_of(vm, result, x);
        Value quotient = g ? vm.binary_op(result, g, kFloorDiv) : Value();
        result = quotient ? abs_int(vm, multiply(vm, quotient, x)) : Value();
      }
    }
    if (!result) return {};
  }
  return result;
}

// The square root of 2**62 <= n < 2**64 within 1 (CPython's _approximate_isqrt).
std::uint64_t approximate_isqrt(std::uint64_t n) {
  std::uint32_t u = 1U + static_cast<std::uint32_t>(n >> 62);
  u = (u << 1) + static_cast<std::uint32_t>((n >> 59) / u);
  u = (u << 3) + static_cast<std::uint32_t>((n >> 53) / u);
  u = (u << 7) + static_cast<std::uint32_t>((n >> 41) / u);
  return (static_cast<std::uint64_t>(u) << 15) + (n >> 17) / u;
}

Value math_isqrt(VM& vm, CallArgs args) {
  if (!one_argument(vm, args, "isqrt")) return {};
  Value n = index_of(vm, args[0]);
  if (!n) return {};
  int sign = sign_of(vm, n);
  if (sign == -2) return {};
  if (sign < 0) return vm.value_error("isqrt() argument must be nonnegative");
  if (sign == 0) return Value::small(0);
  std::int64_t small;
  if (vm.to_int64(n, small)) {
    auto m = static_cast<std::uint64_t>(small);
    unsigned c = (static_cast<unsigned>(std::bit_width(m)) - 1U) / 2U;
    std::uint64_t u = approximate_isqrt(m << (62U - 2U * c)) >> (31U - c);
    u -= u * u - 1U >= m;
    return vm.make_int(static_cast<std::int64_t>(u));
  }
  // Newton's iteration on ints, with the precision doubling each step (CPython's algorithm).
  Value bits_value = vm.call_method(n, "bit_length", {});
  std::int64_t bits;
  if (!bits_value || !vm.to_int64(bits_value, bits)) return {};
  const std::int64_t c = (bits - 1) / 2;
  Value a = Value::small(1);
  std::int64_t d = 0;
  for (int s = static_cast<int>(std::bit_width(static_cast<std::uint64_t>(c))) - 1; s >= 0; --s) {
    std::int64_t e = d;
    d = c >> s;
    Value shifted = vm.binary_op(a, vm.make_int(d - e - 1), kLShift);
    Value part = vm.binary_op(n, vm.make_int(2 * c - e - d + 1), kRShift);
    Value quotient = part ? vm.binary_op(part, a, kFloorDiv) : Value();
    a = shifted && quotient ? vm.binary_op(shifted, quotient, kAdd) : Value();
    if (!a) return {};
  }
  Value square = multiply(vm, a, a);
  Value too_large = square ? vm.rich_compare(n, square, kLt) : Value();
  if (!too_large) return {};
  return too_large.is(vm.true_value()) ? vm.binary_op(a, Value::small(1), kSub) : a;
}

// n * (n-1) * ... * (n-k+1) for n >= k >= 0.
Value falling_product(VM& vm, const Value& n, std::uint64_t k) {
  std::int64_t small;
  if (vm.to_int64(n, small)) {
    auto high = static_cast<std::uint64_t>(small) + 1;
    return range_product(vm, high - k, high);
  }
  Value result = Value::small(1);
  for (std::uint64_t i = 0; i < k && result; ++i) {
    result = multiply(vm, result, vm.binary_op(n, vm.make_int(static_cast<std::int64_t>(i)), kSub));
  }
  return result;
}

// The non-negative (n, k) of comb and perm, with CPython's errors.
bool comb_arguments(VM& vm, const Value& n_arg, const Value& k_arg, Value& n, Value& k) {
  n = index_of(vm, n_arg);
  k = n ? index_of(vm, k_arg) : Value();
  if (!k) return false;
  int n_sign = sign_of(vm, n), k_sign = n_sign == -2 ? -2 : sign_of(vm, k);
  if (k_sign == -2) return false;
  if (n_sign < 0) {
    vm.value_error("n must be a non-negative integer");
    return false;
  }
  if (k_sign < 0) {
    vm.value_error("k must be a non-negative integer");
    return false;
  }
  return true;
}

Value math_perm(VM& vm, CallArgs args) {
  if (!positional(vm, args, "perm", 1, 2)) return {};
  if (args.nargs == 1 || vm.is_none(args[1])) return factorial_of(vm, args[0]);
  Value n, k;
  if (!comb_arguments(vm, args[0], args[1], n, k)) return {};
  Value fewer = vm.rich_compare(n, k, kLt);
  if (!fewer) return {};
  if (fewer.is(vm.true_value())) return Value::small(0);
  std::int64_t count;
  if (!vm.to_int64(k, count)) {
    return vm.raise(vm.exc().OverflowError, "k must not exceed " + std::to_string(INT64_MAX));
  }
  return falling_product(vm, n, static_cast<std::uint64_t>(count));
}

Value math_comb(VM& vm, CallArgs args) {
  if (!positional(vm, args, "comb", 2, 2)) return {};
  Value n, k;
  if (!comb_arguments(vm, args[0], args[1], n, k)) return {};
  // k = min(k, n - k); nothing to choose when k > n.
  Value rest = vm.binary_op(n, k, kSub);
  int rest_sign = rest ? sign_of(vm, rest) : -2;
  if (rest_sign == -2) return {};
  if (rest_sign < 0) return Value::small(0);
  Value smaller = vm.rich_compare(rest, k, kLt);
  if (!smaller) return {};
  if (smaller.is(vm.true_value())) k = rest;
  std::int64_t count;
  if (!vm.to_int64(k, count)) {
    return vm.raise(vm.exc().OverflowError,
                    "min(n - k, k) must not exceed " + std::to_string(INT64_MAX));
  }
  Value numerator = falling_product(vm, n, static_cast<std::uint64_t>(count));
  Value denominator =
      numerator ? range_product(vm, 1, static_cast<std::uint64_t>(count) + 1) : Value();
  return denominator ? vm.binary_op(numerator, denominator, kFloorDiv) : Value();
}

// ---- Sums, products, norms ---------------------------------------------------------------------

// fsum: Shewchuk's exact partial sums, rounded once at the end (CPython's math_fsum).
Value math_fsum(VM& vm, CallArgs args) {
  if (!one_argument(vm, args, "fsum")) return {};
  std::vector<double> partials;
  double special_sum = 0.0, inf_sum = 0.0;
  bool overflow = false;
  bool ok = vm.for_each(args[0], [&](Value item) {
    double x;
    if (!to_real(vm, item, x)) return false;
    const double xsave = x;
    std::size_t i = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      volatile double hi = x + y;
      volatile double yr = hi - x;
      double lo = y - yr;
      if (lo != 0.0) partials[i++] = lo;
      x = hi;
    }
    partials.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        // From a nan or inf among the summands, or an intermediate overflow.
        if (std::isfinite(xsave)) {
          overflow = true;
          return false;
        }
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        partials.clear();
      } else {
        partials.push_back(x);
      }
    }
    return true;
  });
  if (overflow) return vm.raise(vm.exc().OverflowError, "intermediate overflow in fsum");
  if (!ok) return {};
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) return vm.value_error("-inf + inf in fsum");
    return make_float(vm, special_sum);
  }
  double hi = 0.0;
  std::size_t n = partials.size();
  if (n > 0) {
    hi = partials[--n];
    volatile double lo = 0.0;
    // Sum from the top, stopping when the sum becomes inexact.
    while (n > 0) {
      double x = hi, y = partials[--n];
      hi = x + y;
      volatile double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // Round half-even across several partials: sum([1e-16, 1, 1e16]) rounds up.
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      volatile double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return make_float(vm, hi);
}

Value math_prod(VM& vm, CallArgs args) {
  Value bound[2];
  if (!bind_clinic_args(vm, args, "prod", {"iterable", "start"}, 1, 1, 1, bound)) return {};
  Value result = bound[1] ? bound[1] : Value::small(1);
  bool ok = vm.for_each(bound[0], [&](Value item) {
    result = vm.binary_op(result, item, kMul);
    return static_cast<bool>(result);
  });
  return ok ? result : Value();
}

// vector_norm: sqrt(sum(x**2 for x in vec)) for finite non-negative x <= max, accurately:
// scaled by a power of two, squared exactly (Veltkamp-Dekker), summed with compensation, and
// the square root corrected differentially (CPython 3.11's algorithm, term for term).
double vector_norm(const std::vector<double>& vec, double max, bool found_nan) {
  const double T27 = 134217729.0;  // ldexp(1.0, 27) + 1.0
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || vec.size() <= 1) return max;
  int max_e;
  std::frexp(max, &max_e);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0, oldcsum, x, t, hi, lo;
  if (max_e >= -1023) {
    double scale = std::ldexp(1.0, -max_e);
    for (double v : vec) {
      x = v * scale;
      t = x * T27;
      hi = t - (t - x);
      lo = x - hi;
      x = hi * hi;
      oldcsum = csum;
      csum += x;
      frac1 += (oldcsum - csum) + x;
      x = 2.0 * hi * lo;
      oldcsum = csum;
      csum += x;
      frac2 += (oldcsum - csum) + x;
      frac3 += lo * lo;
    }
    double h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    x = h;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = -hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  // ldexp(1.0, -max_e) would overflow: divide by max instead.
  for (double v : vec) {
    x = v / max;
    x = x * x;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
  }
  return max * std::sqrt(csum - 1.0 + frac1);
}

Value math_hypot(VM& vm, CallArgs args) {
  if (!no_keywords(vm, args, "math.hypot")) return {};
  std::vector<double> coordinates;
  double max = 0.0;
  bool found_nan = false;
  for (std::uint32_t i = 0; i < args.nargs; ++i) {
    double x;
    if (!to_real(vm, args[i], x)) return {};
    x = std::fabs(x);
    coordinates.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return make_float(vm, vector_norm(coordinates, max, found_nan));
}

Value math_dist(VM& vm, CallArgs args) {
  if (!positional(vm, args, "dist", 2, 2)) return {};
  std::vector<Value> p, q;
  if (!vm.collect(args[0], p) || !vm.collect(args[1], q)) return {};
  if (p.size() != q.size()) {
    return vm.value_error("both points must have the same number of dimensions");
  }
  std::vector<double> diffs;
  double max = 0.0;
  bool found_nan = false;
  for (std::size_t i = 0; i < p.size(); ++i) {
    double px, qx;
    if (!to_real(vm, p[i], px) || !to_real(vm, q[i], qx)) return {};
    double x = std::fabs(px - qx);
    diffs.push_back(x);
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return make_float(vm, vector_norm(diffs, max, found_nan));
}

struct MathFunction {
  std::string_view name;
  NativeFn fn;
};

constexpr MathFunction kFunctions[] = {
    {"acos", math_acos},
    {"acosh", math_acosh},
    {"asin", math_asin},
    {"asinh", math_asinh},
    {"atan", math_atan},
    {"atan2", math_atan2},
    {"atanh", math_atanh},
    {"cbrt", math_cbrt},
    {"ceil", math_ceil},
    {"comb", math_comb},
    {"copysign", math_copysign},
    {"cos", math_cos},
    {"cosh", math_cosh},
    {"degrees", math_degrees},
    {"dist", math_dist},
    {"erf", math_erf},
    {"erfc", math_erfc},
    {"exp", math_exp},
    {"exp2", math_exp2},
    {"expm1", math_expm1},
    {"fabs", math_fabs},
    {"factorial", math_factorial},
    {"floor", math_floor},
    {"fmod", math_fmod},
    {"frexp", math_frexp},
    {"fsum", math_fsum},
    {"gamma", math_gamma},
    {"gcd", math_gcd},
    {"hypot", math_hypot},
    {"isclose", math_isclose},
    {"isfinite", math_isfinite},
    {"isinf", math_isinf},
    {"isnan", math_isnan},
    {"isqrt", math_isqrt},
    {"lcm", math_lcm},
    {"ldexp", math_ldexp},
    {"lgamma", math_lgamma},
    {"log", math_log},
    {"log1p", math_log1p},
    {"log10", math_log10},
    {"log2", math_log2},
    {"modf", math_modf},
    {"pow", math_pow},
    {"radians", math_radians},
    {"remainder", math_remainder},
    {"sin", math_sin},
    {"sinh", math_sinh},
    {"sqrt", math_sqrt},
    {"tan", math_tan},
    {"tanh", math_tanh},
    {"trunc", math_trunc},
    {"prod", math_prod},
    {"perm", math_perm},
    {"nextafter", math_nextafter},
    {"ulp", math_ulp},
};

}  // namespace

bool init_math(VM& vm, Module& module) {
  for (const MathFunction& function : kFunctions) {
    if (!modules::add_function(vm, module, function.name, function.fn)) return false;
  }
  return modules::add_value(vm, module, "pi", vm.make_float(kPi)) &&
         modules::add_value(vm, module, "e", vm.make_float(kE)) &&
         modules::add_value(vm, module, "tau", vm.make_float(2.0 * kPi)) &&
         modules::add_value(vm, module, "inf", vm.make_float(HUGE_VAL)) &&
         modules::add_value(vm, module, "nan", vm.make_float(NAN));
}

}  // namespace py
