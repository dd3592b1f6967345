from typing import Protocol, TypeVar, Generic, runtime_checkable, Iterator, Callable, ParamSpec, Concatenate, TypeAlias
import functools
T = TypeVar('T')
class Proto(Protocol[T]):
    def get(self) -> T: ...
class Impl(Proto[int]):
    def get(self): return 3
print(Impl().get(), Impl.__mro__, Impl._is_protocol, Impl.__orig_bases__)
class Both(Proto[T], Generic[T]):
    pass
print(Both.__parameters__, Both[str])
@runtime_checkable
class It(Protocol[T]):
    def __iter__(self) -> Iterator[T]: ...
    def __len__(self) -> int: ...
print(isinstance([1], It), isinstance(iter([1]), It), issubclass(dict, It))
P = ParamSpec('P')
R = TypeVar('R')
def with_request(f: Callable[Concatenate[int, P], R]) -> Callable[P, R]:
    @functools.wraps(f)
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        return f(1, *args, **kwargs)
    return inner
@with_request
def handler(req: int, name: str) -> str:
    return f'{req}:{name}'
print(handler('x'), handler.__name__, P.__bound__, P.__covariant__)
Vector: TypeAlias = list[float]
print(Vector, __annotations__ if False else '')
class C(Generic[P]):
    pass
print(C.__parameters__)
T = TypeVar('T')
class C2(Generic[P]):
    pass
class D2(Generic[T, P]):
    pass
for f in (lambda: C2[[int, str]], lambda: C2[int, str], lambda: C2[...], lambda: D2[int, [str]], lambda: C2[[int, str]].__args__):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
from typing import Concatenate
for f in (lambda: Callable[P, T][[int, str], bool], lambda: Callable[P, int][...], lambda: Callable[Concatenate[int, P], T][[str], bool],
          lambda: Callable[P, T].__parameters__, lambda: Callable[P, int][int, str]):
    try:
        print(f())
    except TypeError as e:
        print(e)
