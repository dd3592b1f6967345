import functools

class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, greeting, *rest, punct="!", **extra):
        return f"{greeting} {self.name}{punct} {rest} {sorted(extra.items())}"

g = Greeter("ann")
args = ("hi", 1, 2)
kwargs = {"punct": "?", "x": 3}
print(g.greet(*args, **kwargs))
print(g.greet("yo", **kwargs))
print(g.greet(*args))
print(g.greet(*args, **{}))
print(g.greet(punct=".", *args))
print(getattr(g, "greet")(*("hey",), **{"punct": ";"}))
print(functools.partial(g.greet, punct="~")("hello", 4))
print(Greeter.greet(g, *args, **kwargs))
