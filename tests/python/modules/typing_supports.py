import typing
from typing import SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, SupportsRound, SupportsBytes, SupportsComplex
print(SupportsInt, SupportsAbs, SupportsAbs[int], SupportsAbs.__parameters__, SupportsRound.__mro__)
print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), issubclass(float, SupportsIndex), isinstance(2.5, SupportsRound))
print(isinstance(1j, SupportsComplex), isinstance(1j, SupportsFloat), issubclass(int, typing.Protocol))
def f(x: SupportsFloat) -> float:
    return float(x)
print(f(3), SupportsInt.__module__, SupportsInt.__name__, SupportsInt.__qualname__)
for f in (lambda: isinstance(1, typing.Protocol), lambda: issubclass(int, typing.Protocol), lambda: typing.Protocol()):
    try:
        r = f(); print(r if isinstance(r, bool) else type(r))
    except Exception as e:
        print(type(e).__name__, e)
from typing import Protocol, Generic, TypeVar
T = TypeVar('T')
for f in (lambda: Protocol[int], lambda: Generic[int], lambda: Protocol[T, T], lambda: Generic[T, T], lambda: Protocol[()], lambda: Generic[()]):
    try:
        print(f())
    except TypeError as e:
        print(e)
