from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar
@dataclass
class Point:
    __annotations__ = {'x': int, 'y': int}
    x: int
    y: int = 0
p = Point(1, 2); print(p, Point(3), p == Point(1, 2), p != Point(1, 3), Point.__init__.__qualname__)
print(asdict(p), astuple(p), replace(p, y=5), is_dataclass(p), is_dataclass(Point), is_dataclass(1))
print([f.name for f in fields(p)], Point.__doc__, Point.__match_args__, Point.__hash__)
try: Point()
except TypeError as e: print(e)
try: Point(1, 2, 3)
except TypeError as e: print(e)
try: Point(1, z=3)
except TypeError as e: print(e)
@dataclass(frozen=True, order=True)
class V:
    __annotations__ = {'a': int, 'tags': list}
    a: int
    tags: list = field(default_factory=list, compare=False)
v = V(2); print(v, V(1) < V(2), sorted([V(3), V(1)]), hash(v) == hash(V(2)), v.tags is not V(2).tags)
try: v.a = 5
except FrozenInstanceError as e: print(type(e).__name__, e)
try: del v.a
except AttributeError as e: print(type(e).__name__, e)
@dataclass
class Node:
    __annotations__ = {'name': str, 'children': list}
    name: str
    children: list = field(default_factory=list)
    def __post_init__(self): self.name = self.name.upper()
n = Node('a'); n.children.append(n); print(n, asdict(Node('b', [Node('c')])))
for bad in ['''@dataclass
class B:
    __annotations__ = {'x': list}
    x: list = []''', '''@dataclass
class C:
    __annotations__ = {'x': int, 'y': int}
    x: int = 1
    y: int''', '''@dataclass(order=True, eq=False)
class D: pass''', "fields(1)", "asdict(1)", "field(default=1, default_factory=list)"]:
    try: exec(bad) if '\n' in bad else eval(bad)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
print(list.__hash__, dict.__hash__, set.__hash__, frozenset.__hash__ is None)
class L(list): pass
try:
    hash(L())
except TypeError as e:
    print(e)
