from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return f'{type(self).__name__} of area {self.area()}'
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
class Half(Shape):
    def area(self): return 1
print(Square(3).describe(), Square(2).perimeter(), isinstance(Square(1), Shape), Shape.__abstractmethods__ == frozenset({'area', 'perimeter'}), Half.__abstractmethods__)
for cls in (Shape, Half):
    try: cls()
    except TypeError as e: print(e)
class Meta(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
try: Meta()
except TypeError as e: print(e)
class Named(Meta):
    name = 'x'
print(Named().name, type(Shape), ABC.__abstractmethods__ if hasattr(ABC, '__abstractmethods__') else 'none')
class Duck(ABC): pass
Duck.register(int)
print(isinstance(1, Duck), issubclass(int, Duck), isinstance('a', Duck))
class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, '__len__') else NotImplemented
print(isinstance([], Sized2), isinstance(1, Sized2))
import copy
a = {'l': [1, [2, 3]], 't': (1, [4])}
b = copy.copy(a); c = copy.deepcopy(a)
a['l'][1].append(9)
print(b['l'][1], c['l'][1], b is not a, c['t'] == (1, [4]), copy.deepcopy(Square(5)).s)
class Node:
    def __init__(self): self.me = self; self.items = [1]
n = copy.deepcopy(Node()); print(n.me is n, n.items)
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self): return Custom(self.v + 1)
    def __deepcopy__(self, memo): return Custom(self.v + 100)
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(1)).v, copy.copy([1, 2]), copy.deepcopy({1: {2}}), copy.copy(5), copy.deepcopy('s'))
class Base(ABC): pass
class Sub(Base): pass
Sub.register(float)
print(issubclass(float, Base), issubclass(float, Sub), isinstance(1.5, Base), issubclass(str, Base))
