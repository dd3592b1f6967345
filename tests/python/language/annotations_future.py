# Under `from __future__ import annotations` annotations are kept as text, not evaluated.
from __future__ import annotations
import __future__

def f(a: Undefined, b: list[int] = [], *args: str, **kw: dict[str, int]) -> Node:
    return a

class Node:
    next: Node | None = None
    value: int
    items: tuple[int, ...]

def g(a: "Node", b: Optional['Node'], c: Callable[[int, str], None], d: dict[str,int],
      e: int|str|None, f: int | (str | bytes), h: Literal[0x10, 1_000, 1e3, True, "x"],
      i: x.y.z[T], j: (int), k: tuple[()], l: tuple[int,], m: -1, o: "it's") -> List[ str ]:
    pass

for name, text in g.__annotations__.items():
    print(name, repr(text))

count: int = 0
thing: collections.OrderedDict
print(f.__annotations__)
print(Node.__annotations__)
print(__annotations__)
print(annotations)
print(__future__.annotations.getMandatoryRelease(), __future__.CO_FUTURE_ANNOTATIONS)
print(__future__.all_feature_names[-1])
