import collections
from collections import Counter, OrderedDict, defaultdict, namedtuple

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for cls in (Counter, OrderedDict, defaultdict, collections.deque):
    print(cls, cls.__module__, cls.__name__, issubclass(cls, dict))
class Tally(Counter): pass
class Ordered(OrderedDict): pass
class Dd(defaultdict): pass
print(Tally("aab"), Ordered(x=1), Dd(int, a=1), Tally(), Ordered(), Tally("ab").copy())
d = defaultdict(list, a=[1])
print(d | {"b": 2}, {"z": 0} | d, type({"z": 0} | d).__name__)
d |= {"c": 3}
print(d, d.copy().default_factory, defaultdict(None, [(1, 2)]))
d["me"] = d
print(d)
od = OrderedDict(a=1)
od["self"] = od
print(od, od == {"a": 1, "self": od}, od != OrderedDict(a=2), list(reversed(OrderedDict(p=1, q=2))))
c = Counter(a=2, b=1)
c.update({"a": 1}, b=5)
c.subtract(["a", "z"])
print(c, c < Counter(a=9, b=9), c > Counter(a=1), c >= c, Counter(a=1) != Counter(a=2))
print(c.most_common(0), c.most_common(-1), c.most_common(10), list(Counter(x=2, y=-1).elements()))
print(Counter({1: 2, "x": 1}), Counter(a=1) == {"a": 1}, Counter({"a": 1, "b": "s"}))
t(lambda: Counter().update(1, 2))
t(lambda: Counter(5))
t(lambda: namedtuple("P", "a b", defaults=[1, 2, 3]))
t(lambda: namedtuple("class", "a"))
P = namedtuple("P", ["x", "y"], defaults=(0,), module="geometry")
Q = namedtuple("Q", iter(["a", "b"]))
print(P(1), P.__module__, Q.__module__, Q(1, 2)._asdict(), type(P(1)).__name__, P.__doc__)
print(namedtuple("R", "a b", rename=True)(1, 2), namedtuple("S", "")._fields, namedtuple("T", "self cls")(1, 2))
