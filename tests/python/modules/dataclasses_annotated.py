from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar
@dataclass
class Point:
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
    a: int
    tags: list = field(default_factory=list, compare=False)
v = V(2); print(v, V(1) < V(2), sorted([V(3), V(1)]), hash(v) == hash(V(2)), v.tags is not V(2).tags)
try: v.a = 5
except FrozenInstanceError as e: print(type(e).__name__, e)
try: del v.a
except AttributeError as e: print(type(e).__name__, e)
@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    def __post_init__(self): self.name = self.name.upper()
n = Node('a'); n.children.append(n); print(n, asdict(Node('b', [Node('c')])))
for bad in ['''@dataclass
class B:
    x: list = []''', '''@dataclass
class C:
    x: int = 1
    y: int''', '''@dataclass(order=True, eq=False)
class D: pass''', "fields(1)", "asdict(1)", "field(default=1, default_factory=list)"]:
    try: exec(bad) if '\n' in bad else eval(bad)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
from dataclasses import KW_ONLY, InitVar
from typing import ClassVar, Optional, List, get_type_hints
@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    _: KW_ONLY
    retries: int = 3
    registry: ClassVar[list] = []
    seed: InitVar[Optional[int]] = None
    def __post_init__(self, seed): self.token = (seed or 0) * 2
j = Job(1, 'a', retries=5, seed=4)
print(j, j.token, Job(2, 'b') > j, Job.__match_args__, [f.name for f in fields(Job)], Job.registry, Job.__doc__)
print(get_type_hints(Job)['priority'], Job.__annotations__['seed'], Job.__init__.__annotations__ if False else '')
try: Job(1, 'a', 2)
except TypeError as e: print(e)
def f(x: int, y: 'List[int]' = None) -> Optional[str]: pass
print(f.__annotations__, get_type_hints(f))
from typing import NamedTuple
class P(NamedTuple):
    x: int
    y: float = 0.0
print(P(1), P._field_defaults, P.__annotations__)
