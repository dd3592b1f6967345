import enum
from enum import Flag, IntFlag, Enum, auto, IntEnum, StrEnum

class Color(Enum):
    RED = 1
    GREEN = 2
try:
    Color.PURPLE
except AttributeError as e:
    print(repr(e))
print(Color.RED.name, Color.RED.value, Color.__members__, Color(1), Color['GREEN'])
print(repr(Color), repr(Flag), repr(IntFlag), Flag.__members__, list(Flag))

class P(Flag):
    NONE = 0
    A = auto()
    B = auto()
    C = auto()
    AB = A | B
    ALSO_A = 1
print(list(P), P.NONE, repr(P(0)), P(0) is P.NONE, P.ALSO_A is P.A, repr(P.AB), list(P.AB))
print(repr(P.A | P.B | P.C), repr(~P.AB), repr(P.C ^ P.AB), len(P.AB), P.A in P.AB, P.NONE in P.A)
print([repr(m) for m in P.__members__.values()], repr(~P.NONE), bool(P.NONE))
print(hash(P.A) == hash(P.A), P.A == P.A, P.A != P.B, P.A is P(1), {P.A: 1}[P.A])
print(P._member_names_, P._flag_mask_, P._singles_mask_, P._all_bits_)

class Q(IntFlag):
    R = 4
    W = 2
    X = 1
print(Q.R | Q.W, Q(7), repr(Q(7)), list(Q(7)), Q.R + Q.W, Q.R * 2, repr(Q.R & 6), repr(Q.R ^ 4))
print(repr(Q(-1)), repr(~Q(0)), repr(Q(0)), Q.R in Q(5), Q(5) == 5, repr(5 & Q.R), type(Q.R << 1))
print(isinstance(Q.R, int), f'{Q.R}', f'{Q.R!r}', f'{Q.R:>5}', str(Q.R|Q.X), sorted([Q.R, Q.X]))

class S(Flag):
    @classmethod
    def _missing_(cls, value):
        print('missing', value)
        return None
    A = 1
try:
    S(4)
except ValueError as e:
    print('ValueError', e)
try:
    S('x')
except ValueError as e:
    print('ValueError', e)

class Weird(IntEnum):
    ONE = 1
    TWO = 2
print(Weird.ONE, repr(Weird.TWO), Weird(2), Weird.ONE + 1, format(Weird.ONE), list(Weird))
class Sx(StrEnum):
    A = auto()
    B = 'bee'
print(Sx.A, repr(Sx.B), Sx('bee'), list(Sx), Sx.A.upper())
class Mixed(Flag):
    X = 1
    Y = 4
try:
    Mixed(2)
except ValueError as e:
    print('ValueError', e)
try:
    Mixed(-1)
except ValueError as e:
    print('ValueError', e)
print(repr(~Mixed.X), repr(Mixed.X | Mixed.Y))
class Big(IntFlag, boundary=enum.STRICT):
    A = 1
try:
    Big(3)
except ValueError as e:
    print('ValueError', e)
print(enum.FlagBoundary, list(enum.FlagBoundary), P.__class__, type(P.A))
