import typing
from typing import (Any, List, Dict, Set, FrozenSet, Tuple, Type, Optional, Union, Callable, Iterable, Iterator,
    Generator, AsyncIterator, AsyncIterable, AsyncGenerator, Awaitable, Coroutine, Sequence, Mapping, MutableMapping,
    TypeVar, Generic, Literal, ClassVar, Final, NoReturn, cast, overload, TYPE_CHECKING, Deque, DefaultDict, Counter,
    NewType, Hashable, Sized)
T = TypeVar('T'); K = TypeVar('K', bound=int); V = TypeVar('V', str, bytes); C = TypeVar('C', covariant=True)
print(Any, List, Dict, Optional, Union, Callable, Iterable, Tuple, Type, Literal, ClassVar, Final, NoReturn)
print(List[int], Dict[str, int], Set[str], FrozenSet[int], Tuple[int, ...], Tuple[()], Tuple[int, str], Type[int])
print(Optional[int], Union[int, str], Union[int, None], Union[int], Union[int, int], Union[int, Union[str, float]], Optional[Union[int, str]])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None], Iterable[int], Iterator[str], Generator[int, None, None])
print(AsyncIterator[int], Awaitable[int], Coroutine[Any, Any, int], Sequence[int], Mapping[str, int], Deque[int], DefaultDict[str, int], Counter[str])
print(T, K, V, C, List[T], Dict[K, V], Literal['a', 1], Literal[True], ClassVar[int], Final[int], Optional[List[int]])
print(List[int].__origin__, List[int].__args__, Optional[int].__args__, Union[int, str].__origin__, Iterable[int].__origin__)
print(Union[int, str] == Union[str, int], Union[int, str] == (int | str), List[int] == List[int], List[int] == list[int], hash(List[int]) == hash(List[int]))
print(isinstance([], List), isinstance(1, Union[int, str]), isinstance(None, Optional[int]), issubclass(list, List), isinstance({}, Dict))
print(cast(int, 'x'), TYPE_CHECKING, typing.Text, T.__name__, K.__bound__, V.__constraints__)
class Stack(Generic[T]):
    def __init__(self): self.items = []
    def push(self, x): self.items.append(x)
s = Stack[int](); s.push(1); print(Stack[int], s.items, Stack.__mro__, Stack.__parameters__ if hasattr(Stack, '__parameters__') else None)
UserId = NewType('UserId', int); print(UserId, UserId(5), type(UserId(5)))
@overload
def f(x: int) -> int: ...
def f(x): return x
print(f(3), List[int] | None, int | List[int], Optional[int] | str)
for e in ["List()", "List[int]()", "isinstance([], List[int])", "Any()", "isinstance(1, Any)", "Union[]", "Optional[int, str]", "Union[1]", "Tuple[int, ...][int]", "T()", "Literal", "Callable[int, str]"]:
    try: print(repr(eval(e)))
    except Exception as x: print(e, '|', type(x).__name__, x)

import asyncio, collections
from typing import *
T = TypeVar('T')
async def co(): pass
async def ag(): yield 1
def gen(): yield 1
c = co()
checks = [([], Iterable), ([], Sequence), ({}, Mapping), ({}, MutableMapping), ('a', Sequence), ((1,), MutableSequence),
          (iter([]), Iterator), ([], Iterator), (gen(), Generator), (gen(), Iterator), (c, Coroutine), (c, Awaitable),
          (ag(), AsyncIterator), (ag(), AsyncGenerator), ({1}, AbstractSet), (frozenset(), MutableSet), (len, Callable),
          (1, Callable), (lambda: 0, Callable), ([], Hashable), (1, Hashable), ('a', Sized), (3, Sized), ({}.keys(), Iterable),
          (range(3), Sequence), (collections.deque(), MutableSequence), (asyncio.Future, Callable), ({}.keys(), AbstractSet),
          ([], Collection), (5, Container), ('x', Container)]
print([isinstance(o, t) for o, t in checks])
c.close()
class MyList(List[int]): pass
print(MyList.__mro__, MyList([1, 2]))
class Box(Generic[T]):
    def __init__(self, item): self.item = item
class IntBox(Box[int]): pass
print(Box[int], IntBox.__mro__, IntBox(3).item, Box.__parameters__, IntBox.__parameters__)
class Pair(Generic[T], Iterable[T]):
    def __iter__(self): return iter([1, 2])
print(list(Pair()), isinstance(Pair(), Iterable))
class Reader:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(Reader(), Iterator), isinstance(Reader(), Iterable), issubclass(Reader, Iterable), issubclass(int, Iterable))
UserId = NewType('UserId', int)
print(UserId, UserId(3), UserId.__supertype__, Optional[UserId])
print(Dict[str, List[int]], Tuple[int, ...][0] if False else Callable[[List[int]], Dict[str, T]], Union[T, int][str])
print(List[T][int], Dict[str, T][float], Optional[T][int], typing.Deque[int](), typing.DefaultDict[str, int](int))
print(Iterable[int] == Iterable[int], Iterable[int] == Iterable[str], Literal['a', 'b'] == Literal['b', 'a'], Union[int, str] == Union[str, int, int])
print(Callable[[int], str].__args__, Type[int].__origin__, Union[int, List[int]].__args__, ClassVar[int].__args__)
for e in ["List[int, str]", "Dict[int]", "Box[int, str]", "Generic[int]", "isinstance([], Iterable[int])", "issubclass(list, List[int])",
          "Callable[int]", "NoReturn[int]", "Union[()]", "Any[int]", "ClassVar[int, str]", "TypeVar('X', int)", "IntBox[int]",
          "isinstance(1, NoReturn)", "typing.NoSuchName", "Optional()", "Tuple()", "Dict()"]:
    try: print(repr(eval(e)))
    except Exception as x: print(e, '|', type(x).__name__, x)
from typing import NamedTuple, List
class Point(NamedTuple):
    __annotations__ = {'x': int, 'y': int, 'tags': List[str]}
    x: int
    y: int = 0
    tags: List[str] = []
    def norm(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm(), p._fields, p._field_defaults, Point.__annotations__, p._replace(x=1), p._asdict(), isinstance(p, tuple))
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp.__annotations__, NamedTuple('K', a=int)(5))
for bad in ['''class B(NamedTuple):
    __annotations__ = {'a': int, 'b': int}
    a: int = 1
    b: int''', '''class C(NamedTuple):
    __annotations__ = {'a': int}
    a: int
    def _asdict(self): pass''', '''class D(NamedTuple, int):
    pass''']:
    try: exec(bad)
    except (TypeError, AttributeError) as e: print(type(e).__name__, e)
