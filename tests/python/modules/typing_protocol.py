from typing import Protocol, runtime_checkable, TypeVar, Generic, Iterable


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class SupportsArea(Protocol):
    def area(self) -> float: ...


@runtime_checkable
class Named(Protocol):
    name: str

    def greet(self) -> str:
        return 'hello ' + self.name


class File:
    def close(self):
        print('closed')


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class Person(Named):
    def __init__(self, name):
        self.name = name


print(Protocol, Closable, SupportsArea, Named)
print(isinstance(File(), Closable), isinstance(Square(2), Closable), issubclass(File, Closable))
print(isinstance(Person('ann'), Named), Person('bob').greet(), Closable.__mro__)
print(Closable._is_protocol, Person._is_protocol, isinstance(File(), Named))


def total_area(shapes: Iterable[SupportsArea]) -> float:
    return sum(s.area() for s in shapes)


print(total_area([Square(2), Square(3)]))
for check in (lambda: isinstance(Square(1), SupportsArea), lambda: issubclass(Square, SupportsArea)):
    try:
        check()
    except TypeError as e:
        print('TypeError:', e)
try:
    SupportsArea()
except TypeError as e:
    print('TypeError:', e)
try:
    class Bad(Protocol, int):
        pass
except TypeError as e:
    print('TypeError:', e)
T = TypeVar('T')


@runtime_checkable
class Box(Protocol[T]):
    def get(self) -> T: ...


class IntBox:
    def get(self):
        return 1


print(Box, Box[int], Box.__parameters__, isinstance(IntBox(), Box), isinstance(1, Box))
try:
    issubclass(1, Closable)
except TypeError as e:
    print('TypeError:', e)
try:
    isinstance(File(), Box[int])
except TypeError as e:
    print('TypeError:', e)
