# factorial, gcd, lcm, isqrt, comb and perm: values, the int types they
# accept (bool, int subclasses whose own operators are not used, __index__ objects) and errors.
import math


def t(f):
    try:
        r = f()
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Odd(int):
    def __abs__(self): return 99
    def __mod__(self, other): return 77
    def __index__(self): return 44


class Seven:
    def __index__(self): return 7


for f in [lambda: math.factorial(True), lambda: math.factorial(Odd(5)), lambda: math.factorial(Seven()),
          lambda: math.factorial(2**64), lambda: math.factorial(-2**70), lambda: math.factorial(x=3),
          lambda: math.factorial(), lambda: math.factorial('5'), lambda: len(str(math.factorial(1000))),
          lambda: math.gcd(True, 4), lambda: math.gcd(Odd(6), 4), lambda: math.gcd(Seven(), 14, 0),
          lambda: math.gcd(2**200 * 3, -2**150 * 9), lambda: math.gcd(1, 2.0), lambda: math.gcd(a=1),
          lambda: math.lcm(Odd(-6)), lambda: math.lcm(2**70, 3, -5), lambda: math.lcm(0, 'x'),
          lambda: math.lcm(4, 0, 6), lambda: math.lcm(x=1), lambda: math.isqrt(True), lambda: math.isqrt(Odd(10)),
          lambda: math.isqrt(2**52 - 1), lambda: math.isqrt(2**52), lambda: math.isqrt(2**200 + 1),
          lambda: math.isqrt(Seven()), lambda: math.isqrt(4.0), lambda: math.isqrt(), lambda: math.isqrt(n=4),
          lambda: math.comb(Odd(5), True), lambda: math.comb(10**30, 10**30 - 1), lambda: math.comb(2**70, 2**70),
          lambda: math.comb(5, 2**70), lambda: math.comb(2**64, 2**63), lambda: math.comb(1), lambda: math.comb(1, 2, 3),
          lambda: math.comb(n=5, k=2), lambda: math.comb(1.0, 1), lambda: math.comb(-1, 'a'), lambda: math.comb(-1, -1),
          lambda: math.comb(Seven(), 3), lambda: math.perm(Seven()), lambda: math.perm(5, None), lambda: math.perm(True, True),
          lambda: math.perm(5, 2**70), lambda: math.perm(2**64, 2**63), lambda: math.perm(10**20, 3), lambda: math.perm(),
          lambda: math.perm(1, 2, 3), lambda: math.perm(-1), lambda: math.perm(3, -1), lambda: math.perm(1.0)]:
    t(f)
print([math.factorial(n) for n in range(0, 25, 4)], math.factorial(40))
print([math.comb(12, k) for k in range(14)], [math.perm(6, k) for k in range(8)])
print([math.isqrt(n) for n in [0, 1, 3, 4, 99, 10**16, 2**104 - 1, 10**50]])
