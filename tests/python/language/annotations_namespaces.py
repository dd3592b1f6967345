# Module and class bodies with annotated assignments get an __annotations__ dict.
def p(x):
    print("eval", x)
    return x

class Thing:
    def __repr__(self):
        return "Thing()"

x: p("int") = p("five")
y: p("str")
print(__annotations__, x)
print("y" in globals())

(z): p("paren") = 3
thing = Thing()
p(thing).attr: p("attr")
p(thing).attr: p("attr2") = 7
items = [0, 1, 2]
p(items)[p(0)]: p("sub")
items[p(0):p(1):p(2)]: p("slice")
items[p(0), p(1):p(2)]: p("tuple")
print(__annotations__, z, thing.attr)

class Point:
    "A point."
    x: int = 0
    y: int
    label: p("label") = p("origin")
    if True:
        for _ in range(1):
            flag: bool

    def norm(self) -> float:
        return 0.0

print(list(vars(Point))[:4])
print(Point.__annotations__)
print(vars(Point)["__annotations__"] is Point.__annotations__)
print(Point.x, Point.label, hasattr(Point, "y"))

class Plain:
    a = 1

print("__annotations__" in vars(Plain))

class Child(Point):
    z: complex

print(Child.__annotations__)

class Namespace(dict):
    def __setitem__(self, key, value):
        if key in ("__annotations__", "value"):
            print("set", key)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Namespace()

class WithMeta(metaclass=Meta):
    value: int = 1

print(WithMeta.__annotations__)

__annotations__["extra"] = "kept"
w: float
print(__annotations__)
