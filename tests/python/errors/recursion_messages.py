# Recursion through dunders, properties and repr/str/format: the RecursionError in CPython's words.
def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "!!", type(e).__name__, e)

class E:
    def __eq__(self, other):
        return self == other
show("eq", lambda: E() == 1)
class G:
    def __getattr__(self, name):
        return self.missing
show("getattr", lambda: G().x)
class L:
    def __len__(self):
        return len(self)
show("len", lambda: len(L()))
class H:
    def __hash__(self):
        return hash(self)
show("hash", lambda: hash(H()))
class I:
    def __iter__(self):
        return iter(self)
show("iter", lambda: iter(I()))
class A:
    def __add__(self, o):
        return self + o
show("add", lambda: A() + 1)
class P:
    @property
    def p(self):
        return self.p
show("property", lambda: P().p)
def f():
    return f()
show("plain", f)
show("sorted key", lambda: sorted([1, 2], key=lambda x: sorted([x], key=lambda y: y)))



class R:
    def __repr__(self):
        return repr(self)


show("recursive repr", lambda: repr(R()))


class S:
    def __str__(self):
        return str(self)


show("recursive str", lambda: str(S()))


class F:
    def __format__(self, spec):
        return f"{self}"

    def __str__(self):
        return format(self)


show("recursive format", lambda: format(F()))
