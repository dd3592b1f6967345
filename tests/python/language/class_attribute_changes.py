# Class attributes and methods changed after they were looked up: the engine remembers where a
# name was found in a class, and every change below must be seen at the next lookup.


class Base:
    greeting = "hello"

    def speak(self):
        return "base"


class Child(Base):
    pass


c = Child()
for _ in range(3):
    print(c.speak(), c.greeting, Child.greeting)

# A new value for a name found in a base.
Base.greeting = "bonjour"
print(c.greeting, Child.greeting)

# The subclass gains the name: it now shadows the base's.
Child.speak = lambda self: "child"
print(c.speak())
del Child.speak
print(c.speak())

# A method replaced in the base, then removed.
Base.speak = lambda self: "patched"
print(c.speak())
del Base.speak
try:
    c.speak()
except AttributeError as e:
    print("AttributeError:", e)

# A name looked up and missing, then added.
print(hasattr(c, "late"))
Base.late = 42
print(hasattr(c, "late"), c.late)

# Through the class's namespace dict itself.
Base.__dict__  # the engine hands out the namespace (CPython: a read-only proxy)
print(getattr(c, "extra", None))
setattr(Base, "extra", "via setattr")
print(c.extra)


# Special methods: dunders looked up on the type.
class Number:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return Number(self.n + other.n)

    def __repr__(self):
        return f"Number({self.n})"


a, b = Number(1), Number(2)
print(a + b)
Number.__add__ = lambda self, other: Number(self.n * 10 + other.n)
print(a + b)
Number.__repr__ = lambda self: f"<{self.n}>"
print(a + b, repr(a))
del Number.__repr__
print(repr(a).startswith("<__main__.Number object at"))


# A class counter updated through the class, as tutorials do.
class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1


for _ in range(5):
    Counter()
print(Counter.count)


# __class__ changed on an instance.
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


x = A()
print(x.who())
x.__class__ = B
print(x.who())


# Classes made and dropped in a loop: each one's methods are its own.
results = []
for i in range(4):
    class Temp:
        value = i

        def get(self):
            return self.value

    results.append(Temp().get())
    del Temp
print(results)


# __getattr__ added to a class after a failed lookup.
class Lazy:
    pass


lazy = Lazy()
print(getattr(lazy, "anything", "missing"))
Lazy.__getattr__ = lambda self, name: f"made {name}"
print(lazy.anything)
