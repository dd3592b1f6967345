# Under `from __future__ import annotations` annotations are kept as text, not evaluated.
from __future__ import annotations
import __future__

def f(a: Undefined, b: list[int] = [], *args: str, **kw: dict[str, int]) -> Node:
    return a

class Node:
    next: Node | None = None
    value: int
    items: tuple[int, ...]

count: int = 0
thing: collections.OrderedDict
print(f.__annotations__)
print(Node.__annotations__)
print(__annotations__)
print(annotations)
print(__future__.annotations.getMandatoryRelease(), __future__.CO_FUTURE_ANNOTATIONS)
print(__future__.all_feature_names[-1])
