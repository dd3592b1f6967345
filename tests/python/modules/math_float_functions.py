# fsum, prod, dist, isclose, modf, frexp and ulp: values, what they accept
# (__float__ and __index__ objects, big ints), keyword arguments and errors.
import math


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Half:
    def __float__(self): return 0.5


class Seven:
    def __index__(self): return 7


for f in [lambda: math.fsum([Half(), Seven(), True]), lambda: math.fsum(iter([1e-16, 1, 1e16])),
          lambda: math.fsum([1e308, 1e308, -1e308]), lambda: math.fsum([float('nan'), 1]),
          lambda: math.fsum([-0.0]), lambda: math.fsum([2**1024]), lambda: math.fsum(1), lambda: math.fsum([1, 'a']),
          lambda: math.fsum(), lambda: math.fsum([], []), lambda: math.fsum(x=[]),
          lambda: math.fsum([0.1, 0.2, 0.3, -0.6]), lambda: math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]),
          lambda: math.fsum([2.0**53, 1.0, 2.0**-52]), lambda: math.fsum([1.0, 2.0**-53, 2.0**-106]),
          lambda: math.prod([2, 'ab']), lambda: math.prod([2], start=[1]), lambda: math.prod([], start='s'),
          lambda: math.prod([1.5, 2, 3]), lambda: math.prod(range(1, 21), start=Seven().__index__()),
          lambda: math.prod(), lambda: math.prod([1], 2), lambda: math.prod([1], x=2), lambda: math.prod(iterable=[1]),
          lambda: math.prod([1], start=2, x=1), lambda: math.prod(start=1, a=1, b=2), lambda: math.prod(1),
          lambda: math.dist({1}, [4.0]), lambda: math.dist([Half(), 3], (Seven(), -1)), lambda: math.dist([], []),
          lambda: math.dist([2**1030], [1]), lambda: math.dist(1, 2), lambda: math.dist([1], [2], [3]),
          lambda: math.dist(p=[1], q=[2]), lambda: math.dist([1, 2], [1]), lambda: math.dist([1e308, -1e308], [-1e308, 1e308]),
          lambda: math.dist([float('inf')], [float('inf')]), lambda: math.dist(['1'], [2]),
          lambda: math.isclose(a=1, b=1.0000000001), lambda: math.isclose(1, 1.1, rel_tol=0.1, abs_tol=Half()),
          lambda: math.isclose(1, 2, abs_tol=True), lambda: math.isclose(Seven(), 7.0), lambda: math.isclose(math.inf, math.inf),
          lambda: math.isclose(math.inf, 1e308, rel_tol=1.0), lambda: math.isclose(math.nan, math.nan),
          lambda: math.isclose(1), lambda: math.isclose(), lambda: math.isclose(1, 2, 3), lambda: math.isclose(1, a=1),
          lambda: math.isclose(1, 2, a=1), lambda: math.isclose(1, b=2, c=1), lambda: math.isclose(b=1, a=2, x=3),
          lambda: math.isclose(1, 2, rel_tol=None), lambda: math.isclose(1, 1, rel_tol=-1, abs_tol='x'),
          lambda: math.isclose(1, 1, abs_tol=-1), lambda: math.isclose(1, 2, 3, 4, 5), lambda: math.isclose(a=1, b=2, c=3, d=4, e=5),
          lambda: math.modf(True), lambda: math.modf(-3.0), lambda: math.modf(-0.5), lambda: math.modf(-0.0),
          lambda: math.modf(1e300), lambda: math.modf(2**52 + 0.5), lambda: math.modf(-math.inf), lambda: math.modf(math.nan),
          lambda: math.modf(Half()), lambda: math.modf(2**2000), lambda: math.modf('x'), lambda: math.modf(), lambda: math.modf(x=1),
          lambda: math.frexp(-0.0), lambda: math.frexp(5e-324), lambda: math.frexp(-1.7976931348623157e308),
          lambda: math.frexp(2**-1022 - 2**-1074), lambda: math.frexp(0.9999999999999999), lambda: math.frexp(-math.inf),
          lambda: math.frexp(True), lambda: math.frexp(Seven()), lambda: math.frexp(1, 2), lambda: math.frexp(x=1),
          lambda: math.ulp(-1.5), lambda: math.ulp(5e-324), lambda: math.ulp(1.7976931348623157e308), lambda: math.ulp(-math.inf),
          lambda: math.ulp(math.nan), lambda: math.ulp(Seven()), lambda: math.ulp(10**20), lambda: math.ulp(None), lambda: math.ulp(1, 2)]:
    t(f)
