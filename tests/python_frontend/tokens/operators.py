a += 1; a -= 1; a *= 2; a /= 2; a //= 2; a %= 2; a **= 2; a >>= 1; a <<= 1; a &= 1; a |= 1; a ^= 1; a @= b
b = a == 1 != 2 <= 3 >= 4 < 5 > 6 and not a or a is not None and a in b
c = (lambda x, *args, y=1, **kw: x)(1) -> 2
d = ~a | a & a ^ a << 1 >> 1
if (n := 10) > 5: ...
@decorator
def f(a: int, /, b: str = "x", *, c) -> None: pass
class K(Base, metaclass=M):
    z: int = 0
