square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x ** 2, range(5))))
print(list(filter(lambda x: x % 2, range(10))))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, square)(12) + "!")
print((lambda *args, **kw: (args, kw))(1, 2, k=3))
print(square.__name__)
