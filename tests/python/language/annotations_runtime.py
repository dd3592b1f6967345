# Annotations at run time: typing.get_type_hints, exec, decorators, functools.wraps.
import typing
from typing import Optional, List
class Base:
    a: int
class Derived(Base):
    b: Optional[str] = None
    def m(self, x: List[int]) -> "Derived": ...
print(typing.get_type_hints(Derived))
print(typing.get_type_hints(Derived.m))
ns = {}
exec("x: int = 1\ny: str", ns)
print(ns["__annotations__"], ns["x"])
ns2 = {"__name__": "m"}
exec("class K:\n    q: float\n", ns2)
print(ns2["K"].__annotations__)
async def agen() -> typing.AsyncIterator[int]:
    yield 1
print(agen.__annotations__)
def deco(f):
    print("deco sees", f.__annotations__)
    return f
@deco
def h(v: int = 3) -> int: return v
import functools
@functools.wraps(h)
def w(*a): return h(*a)
print(w.__annotations__, w.__wrapped__ is h)
print(Derived().__annotations__)
