# Every construct of the grammar the parser knows, for the AST comparison with CPython.
import a.b.c as d, e
from . import x
from ..pkg.mod import (y as z, w,)
from mod import *
x: int = 5
(y): list[int]
a.b: str
a[0]: float = 1.5
x = y = z = 1, 2
a, *b = c
[a, (b, c)] = d
a.b[c:d, ::2] += 1
del a, b[0], c.d
x **= 2; y //= 3; z @= m
global g
assert x, "message"
raise
raise ValueError("x") from None
lambda: 0
lambda x, /, y=1, *a, k, m=2, **kw: (x, y)
f(a, *b, c=1, **d)
f(x for x in y)
f(*a, *b, **c, **d)
x = [i * j for i in range(3) if i for j in range(i) if j > 1]
s = {k: v for k, v in d.items()}
t = {a for a in b}
g = (a async for a in b)
x = a if b else c if d else e
x = not a and b or c and not d
x = a < b <= c != d is not e in f not in g is h
x = -a ** -b * ~c // d % e @ f / g + h - i << j >> k & l ^ m | n
x = await_ = 3
x = (yield)
y = [*a, *b]
d = {**a, 'k': 1, **b}
s = {*a, 1}
e = ...
n = None, True, False
nums = 0x1F, 0o17, 0b101, 1_000_000, 1.5e-3, .5, 5., 1e10, 3j, 2.5J, 0XAB_CD
strs = 'a' "b" '''c''' """d""" r'\n', b'bytes' rb'\x00', u'u' 'é\u00e9\x41\101\n\t\\'
fs = f"{x}" f'{x!r:>{width}.{prec}f}' f"{x=}" f"{ x = !s}" f"{{literal}}" F"{'nested'}"
fs2 = f"""multi
{line}
text""" f"{a['k']}" f"{x:%Y-%m-%d}" f"{3.14:.2f}" f"{obj.attr[0]()}"
x = (a := 10) + 1
if (n := len(a)) > 10:
    pass
elif n:
    pass
else:
    pass
while x:
    break
else:
    continue
for i, (j, k) in enumerate(pairs):
    pass
else:
    pass
try:
    pass
except ValueError as e:
    pass
except (TypeError, KeyError):
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
except* ValueError:
    pass
with open(a) as f, open(b) as (g, h):
    pass
with (open(a) as f, open(b)):
    pass
with (a, b):
    pass
@decorator
@decorator.attr(arg)
def f(a: int, b: str = "x", *args: int, c, d=4, **kwargs) -> None:
    """docstring"""
    nonlocal_ = 1
    return a, *args
@dataclass
class C(Base, metaclass=Meta, **extra):
    x: int = 0
    def method(self):
        return super().method()
async def main():
    await asyncio.sleep(1)
    async with lock:
        pass
    async for item in aiter_():
        yield item
    result = [x async for x in agen()]
    await (await f())
def gen():
    yield
    yield 1, 2
    yield from other()
    x = yield a
class Empty: pass
if x: a = 1; b = 2
x = a[1:2], a[:], a[::], a[1:], a[:2], a[::3], a[i, j], a[*idx]
print(*args, sep='', end='\n')
x = (1,)
x = ()
x = (
    1,
    2,
)
x = [
    1, 2,
]
value = obj.method(arg).other[0].attr
