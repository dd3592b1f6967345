def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)
print(f(1, d=4))
print(f(*[1, 2, 3, 4, 5], **{"d": 6, "z": 7}))
g = lambda *a, **k: (a, k)
print(g(*range(3), *"ab", **{"x": 1}, **dict(y=2)))
try:
    f(1, 2, a=3, d=1)
except TypeError as e:
    print(e)
try:
    f()
except TypeError as e:
    print(e)
try:
    g(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print(e)
print((lambda: (yield))) 
print(*[], sep="")
print(max([], default=None), min(1, 2, key=lambda x: -x))
print([*range(3), *{1: 2}, *"xy"], {**{1: 2}, 3: 4}, {*(), *[5]})
a, *b, c = range(10)
(x, (y, *z)), w = (1, (2, 3, 4)), 5
print(a, b, c, x, y, z, w)
print(sorted({3: 1, 1: 2}, key=lambda k: (-k,), reverse=True))
