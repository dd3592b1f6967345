# __del__ runs when the last reference goes: a name rebound or deleted, a local at return, an
# item removed. It runs once, even when it resurrects the object, and is inherited.
class Tracked:
    count = 0

    def __init__(self, name):
        self.name = name
        Tracked.count += 1

    def __del__(self):
        Tracked.count -= 1
        print("del", self.name, Tracked.count)


def scope():
    t = Tracked("local")
    print("in scope", Tracked.count)


scope()
print("after scope", Tracked.count)
items = [Tracked("one"), Tracked("two")]
items.pop()
print("popped", Tracked.count)
items.clear()
d = {"k": Tracked("value")}
d["k"] = 1
print("overwritten", Tracked.count)
a = Tracked("a")
a = Tracked("b")
print("rebound", Tracked.count)
del a
print("deleted", Tracked.count)


class Phoenix:
    saved = None

    def __del__(self):
        print("resurrect")
        Phoenix.saved = self


p = Phoenix()
del p
print("saved", Phoenix.saved is not None)
Phoenix.saved = None
print("dropped again")


class Base:
    def __del__(self):
        print("Base.__del__", type(self).__name__)


class Child(Base):
    pass


Child()
print("temporary gone")


def later(self):
    print("added later", self.name)


class Plain:
    def __init__(self, name):
        self.name = name


Plain.__del__ = later
Plain("x")
print("one at exit:")
last = Tracked("global")
