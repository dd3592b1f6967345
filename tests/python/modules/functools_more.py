import functools

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, [], 1))
t(lambda: functools.reduce(lambda a, b: a, []))
t(lambda: functools.reduce(lambda a, b: a, 1))

def f(a, b, c=0, *, d=1):
    return (a, b, c, d)

p = functools.partial(f, 1, d=5)
print(p(2), p(2, 3, d=6), p.args, p.keywords, p.func is f)
pp = functools.partial(p, 7)
print(pp(), pp.args, pp.func is f)
print(repr(functools.partial(len, [1]))[:40])
t(lambda: functools.partial())
t(lambda: functools.partial(1))

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kw):
        return fn(*args, **kw)
    return wrapper

@deco
def documented(x):
    "Some docs."
    return x * 2

print(documented(3), documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__qualname__)

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@functools.lru_cache
def sq(x):
    return x * x

for v in [1, 2, 3, 1, 2, 4, 5, 1]:
    sq(v)
print(sq.cache_info(), sq.__name__)

@functools.lru_cache(maxsize=2)
def ident(x):
    return x

for v in [1, 2, 1, 3, 2, 1]:
    ident(v)
print(ident.cache_info())

@functools.cache
def c2(x, y=0):
    return x + y

print(c2(1), c2(1), c2(1, y=2), c2(1, 2), c2.cache_info())
t(lambda: functools.lru_cache('a'))

class A:
    @functools.lru_cache(maxsize=10)
    def m(self, x):
        return x + 1

a = A()
print(a.m(1), a.m(1), A.m.cache_info())

def cmp(a, b):
    return (a > b) - (a < b)

print(sorted([3, 1, 2], key=functools.cmp_to_key(cmp)), sorted(['bb', 'a', 'ccc'], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))
t(lambda: functools.cmp_to_key(cmp)(1) < 1)

@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v

print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(2) >= V(1), V(3) >= V(4))
t(lambda: functools.total_ordering(type('A', (), {})))

class C:
    def __init__(self):
        self.calls = 0
    @functools.cached_property
    def value(self):
        self.calls += 1
        return 42

c = C()
print(c.value, c.value, c.calls)
