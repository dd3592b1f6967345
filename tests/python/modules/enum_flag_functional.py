import enum
from enum import Flag, IntFlag, Enum, auto
F = Flag('F', 'A B C')
print(list(F), repr(F.A | F.C))
G = IntFlag('G', ['X', 'Y', 'Z'])
print(list(G), repr(G.Z | 1))
H = Enum('H', 'a b c')
print(list(H))
class E(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name
    A = auto()
    B = auto()
print(list(E), list(enum.StrEnum('SS', 'Q R')), list(Enum('St', 'a b', start=5)))
class Ord(Flag):
    _order_ = 'Z Y'
    Z = 4
    Y = 1
print(list(Ord), repr(Ord(5)), list(Ord(5)))
class Z(Flag):
    A = auto()
    B = 8
    C = auto()
print(list(Z), [m.value for m in Z])
class T(enum.IntFlag):
    A = 1
    B = 2
print(T.A | T.B == 3, T.A < T.B, -T.A, abs(T.A), T(3) in [3], repr(T(3)), T(3).name)
print(enum.Flag.__mro__, enum.IntFlag.__mro__)
class CP(Enum):
    X = 1
    @enum.property
    def double(self):
        return self.value * 2
print(CP.X.double)
try:
    CP.X.name = 'y'
except AttributeError as e:
    print(e)
class C2(enum.Enum):
    A = 1
class F2(enum.Flag):
    A = 1
    B = 2
print(C2(C2.A), F2(F2.A), F2(F2.A | F2.B), enum.IntFlag('I', 'X Y')(3))
