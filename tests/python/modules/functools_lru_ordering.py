import functools

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

@functools.lru_cache(maxsize=3)
def square(x):
    print("  computing", x)
    return x * x

for v in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    square(v)
print(square.cache_info(), square.cache_parameters())
print(type(square), square.__name__, square.__wrapped__(6))
square.cache_clear()
print(square.cache_info(), square(2), square.cache_info())

@functools.lru_cache(typed=True)
def ident(x):
    return x

print(ident(1), ident(1.0), ident(1), ident.cache_info(), ident.cache_parameters())

@functools.lru_cache(maxsize=0)
def nocache(x):
    return x

nocache(1)
nocache(1)
print(nocache.cache_info())

@functools.lru_cache(maxsize=-5)
def negative(x):
    return x

negative(1)
print(negative.cache_info())

@functools.lru_cache(None)
def kw(a, b=0, *, c=0):
    return a + b + c

print(kw(1), kw(1, 2), kw(1, b=2), kw(1, c=3), kw(1, c=3), kw.cache_info())
t(lambda: kw([1]))

class Box:
    def __init__(self, v):
        self.v = v
    @functools.lru_cache(maxsize=8)
    def double(self, k):
        return self.v * 2 * k

b1, b2 = Box(1), Box(5)
print(b1.double(1), b2.double(1), b1.double(1), Box.double.cache_info(), Box.double(b2, 2))

def fib(n):
    return n if n < 2 else cached_fib(n - 1) + cached_fib(n - 2)
cached_fib = functools.lru_cache(maxsize=16)(fib)
print(cached_fib(60), cached_fib.cache_info())

@functools.total_ordering
class Ge:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __ge__(self, other):
        return self.v >= other.v

print(Ge(1) < Ge(2), Ge(1) > Ge(2), Ge(2) <= Ge(2), Ge(3) >= Ge(2), Ge.__lt__.__name__, Ge.__le__.__name__)

@functools.total_ordering
class Le:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __le__(self, other):
        if not isinstance(other, Le):
            return NotImplemented
        return self.v <= other.v

print(Le(1) < Le(2), Le(1) > Le(2), Le(2) >= Le(2), sorted([Le(3), Le(1)], reverse=True)[0].v)
t(lambda: Le(1) > 5)
t(lambda: functools.total_ordering(type("E", (), {})))

K = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(type(K).__name__, K(1) < K(2), K(2) <= K(2), K(1) == K(1), K(3) != K(3), K(1).obj, K.obj)
t(lambda: K(1) < 1)
t(lambda: hash(K(1)))
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))

class Data:
    def __init__(self):
        self.loads = 0
    @functools.cached_property
    def value(self):
        "The value."
        self.loads += 1
        return [1, 2]

d = Data()
print(d.value, d.value is d.value, d.loads, Data.value.__doc__, Data.value.attrname, type(Data.value).__name__)
del d.value
print(d.value, d.loads)
d.value = "set"
print(d.value)
t(lambda: functools.cached_property(lambda self: 1).__get__(d))

def two_names():
    class Twice:
        x = functools.cached_property(lambda self: 1)
        y = x
t(two_names)

def wrapped(a, b):
    "Doc of wrapped."
    return a - b
wrapped.extra = "copied"

def wrapper(*args):
    return wrapped(*args)

functools.update_wrapper(wrapper, wrapped)
print(wrapper.__name__, wrapper.__doc__, wrapper.extra, wrapper.__wrapped__ is wrapped, wrapper(5, 2))
functools.update_wrapper(wrapper, len, assigned=("__name__",), updated=())
print(wrapper.__name__, wrapper.__wrapped__ is len)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
print(functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3]), functools.reduce(max, (x for x in [3, 9, 2])), functools.reduce(min, [], None))
t(lambda: functools.reduce(max))
t(lambda: functools.reduce(max, [1], 0, 0))
t(lambda: functools.reduce(max, [1], initial=0))
t(lambda: functools.reduce(max, 5))
