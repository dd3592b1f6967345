# Method calls at one call site while the classes, the instances and their dicts change under
# them: each call must find what CPython finds.


class Base:
    def greet(self):
        return "base"


class Sub(Base):
    pass


class Other:
    def greet(self):
        return "other"


def call(obj):
    try:
        return obj.greet()
    except Exception as e:
        return f"{type(e).__name__}: {e}"


objects = []
s = Sub()
print("first:", call(s), call(s))

Base.greet = lambda self: "replaced in base"
print("class attribute replaced:", call(s))

Sub.greet = lambda self: "added to sub"
print("subclass shadows:", call(s))

del Sub.greet
print("subclass entry deleted:", call(s))

s.greet = lambda: "instance attribute"
print("instance shadows:", call(s))
del s.greet
print("instance entry deleted:", call(s))

s.__class__ = Other
print("class changed:", call(s))

del Other.greet
print("method deleted:", call(s))

Other.greet = property(lambda self: (lambda: "from a property"))
print("property:", call(s))

Other.greet = 42
print("not callable:", call(s))


class Dyn:
    def __getattr__(self, name):
        return lambda: f"__getattr__ {name}"


print("getattr:", call(Dyn()))


class Ga:
    def greet(self):
        return "plain"


g = Ga()
print(call(g))
Ga.__getattribute__ = lambda self, name: (lambda: f"__getattribute__ {name}")
print("getattribute added:", call(g))

for value in [[1], "text", {"greet": 1}, 3, Base()]:
    print(type(value).__name__, call(value))

items = []
append = items.append
for i in range(3):
    items.append(i)
    append(i * 10)
print(items)


def make():
    class Fresh:
        def greet(self):
            return "fresh " + str(id(self) > 0)
    return Fresh()


print([call(make()) for _ in range(3)])
