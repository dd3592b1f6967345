from typing import *
import typing
from collections.abc import Sized, Iterable as CIterable

class SupportsArea(Protocol):
    def area(self) -> float: ...

class Impl(SupportsArea):
    pass
i = Impl()
print(i.area())

@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...
print(isinstance([], HasLen), isinstance(1, HasLen), issubclass(dict, HasLen), issubclass(int, HasLen))

@runtime_checkable
class SizedIter(Sized, Protocol):
    def __iter__(self): ...
print(isinstance([], SizedIter), isinstance(iter([]), SizedIter), SizedIter.__mro__)

class WithInit(Protocol):
    def __init__(self, x):
        self.x = x
class Concrete(WithInit):
    pass
print(Concrete(3).x)
try:
    runtime_checkable(int)
except TypeError as e:
    print(e)
@runtime_checkable
class Attr(Protocol):
    x: int
class A:
    x = 1
class B:
    pass
print(isinstance(A(), Attr), isinstance(B(), Attr))
try:
    issubclass(A, Attr)
except TypeError as e:
    print(e)
T_co = TypeVar('T_co', covariant=True)
class Reader(Protocol[T_co]):
    def read(self) -> T_co: ...
print(Reader[int], Reader.__parameters__, Protocol[T_co], Generic[T_co])
class Node(TypedDict, total=False):
    value: int
    children: list['Node']
print(Node.__annotations__, Node.__total__, sorted(Node.__optional_keys__), Node(value=1), Node())
class Sub(Node):
    name: Required[str]
print(sorted(Sub.__required_keys__), sorted(Sub.__optional_keys__), Sub.__mro__, Sub.__bases__)
TD = TypedDict('TD', {'a': int}, total=False)
print(TD.__total__, TD.__optional_keys__, TD.__module__, TD.__name__)
try:
    TypedDict('X', {'a': int}, b=str)
except TypeError as e:
    print(e)
print(get_type_hints(Sub, globals()), get_type_hints(Sub, globals(), include_extras=True))
P = ParamSpec('P')
class G(Generic[P]):
    pass
print(G.__parameters__, P.args == P.args, P.__bound__, Callable[..., int])
print(get_args(Callable[..., int]), get_args(Callable[Concatenate[int, P], int]), get_origin(Callable[[int], str]))
print(get_origin(Required[int]), get_args(Required[int]), get_origin(Sized), get_origin(List))
print(typing.Protocol.__module__, HasLen._is_runtime_protocol, SupportsArea._is_runtime_protocol)
print(Optional[SupportsArea])
class Tree:
    left: 'Optional[Tree]'
    kids: List['Tree']
    d: dict[str, 'Tree']
    lit: Literal['Tree']
    cb: Callable[['Tree'], None]
    n: None
print(get_type_hints(Tree, globals()))
