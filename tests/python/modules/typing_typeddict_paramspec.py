from typing import (TypedDict, Required, NotRequired, ParamSpec, Concatenate, Callable, TypeVar,
                    get_origin, get_args, get_type_hints, assert_never, Union, Optional, List,
                    Dict, Literal, Generic, is_typeddict, Never, Self, LiteralString, TypeAlias)
import typing


class Movie(TypedDict):
    title: str
    year: int


class Extra(Movie, total=False):
    rating: float
    tags: Required[list[str]]


Point = TypedDict('Point', {'x': int, 'y': NotRequired[int]})
m = Movie(title='Up', year=2009)
print(m, type(m), Movie, Point, Extra.__total__, Movie.__total__)
print(sorted(Extra.__required_keys__), sorted(Extra.__optional_keys__), Extra.__annotations__)
print(sorted(Point.__required_keys__), sorted(Point.__optional_keys__), Point.__annotations__)
print(Point(x=1), get_type_hints(Point), is_typeddict(Movie), is_typeddict(dict))
for check in (lambda: isinstance(m, Movie), lambda: issubclass(dict, Movie)):
    try:
        check()
    except TypeError as e:
        print('TypeError:', e)
try:
    class Bad(Movie, int):
        pass
except TypeError as e:
    print('TypeError:', e)

P = ParamSpec('P')
R = TypeVar('R')
print(P, P.args, P.kwargs, P.__name__, Callable[P, R], Concatenate[int, P])
print(Callable[Concatenate[str, P], int], get_args(Callable[P, int]))
try:
    Concatenate[int, str]
except TypeError as e:
    print('TypeError:', e)


def logged(f: Callable[P, R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print('calling', f.__name__)
        return f(*args, **kwargs)
    return inner


@logged
def add(a: int, b: int) -> int:
    return a + b


print(add(1, 2))
print(get_origin(List[int]), get_origin(Dict[str, int]), get_origin(Union[int, str]) is Union)
print(get_origin(int), get_origin(list[int]), get_origin(int | str), get_origin(Literal[1]))
print(get_args(Dict[str, int]), get_args(Optional[int]), get_args(int | str), get_args(int))
print(get_args(Callable[[int, str], bool]), get_args(Literal['a', 'b']), get_origin(Generic))
print(Never, Self, LiteralString, TypeAlias, Required[int], NotRequired[str], get_origin(P.args))
Shape: TypeAlias = 'Circle | Square'


def describe(value: int | str) -> str:
    if isinstance(value, int):
        return 'int'
    elif isinstance(value, str):
        return 'str'
    else:
        assert_never(value)


print(describe(1), describe('a'), typing.reveal_type(5))
assert_never(42)
