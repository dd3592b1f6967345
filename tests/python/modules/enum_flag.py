from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw.name, rw.value, bool(rw), len(rw))
print(repr(Perm(0)), str(Perm(0)), Perm(0).name, bool(Perm(0)))
print(list(Perm), len(Perm), list(Perm.__members__))
print(list(rw), Perm.R in rw, Perm.X in rw, Perm.RWX, Perm(7) is Perm.RWX)
print(repr(~Perm.R), repr(Perm.R & Perm.W), repr(rw ^ Perm.RWX), repr(~Perm.RWX))
print([c.value for c in Color], repr(Color.WHITE), repr(Color.RED | Color.BLUE))
print(Color(3), Color['GREEN'], Color.RED | Color.RED is Color.RED, format(Color.RED))
try:
    Perm(8)
except ValueError as e:
    print('ValueError:', e)
try:
    1 in Perm.R
except TypeError as e:
    print('TypeError:', e)
try:
    Perm.R | 1
except TypeError as e:
    print('TypeError:', e)


class Mode(IntFlag):
    A = 1
    B = 2
    C = 8


m = Mode.A | Mode.B
print(repr(m), str(m), m, m + 1, m == 3, isinstance(m, int), format(m, '04b'))
print(repr(Mode.A | 4), repr(Mode(16)), repr(~Mode.A), repr(Mode(0)), repr(3 | Mode.C))
print(Mode._boundary_ is KEEP, Perm._boundary_ is STRICT, FlagBoundary.KEEP, repr(CONFORM))


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 4


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 4


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 4


print(repr(Conform(7)), repr(Eject(7)), Eject(5), repr(Keep(7)), str(Keep(7)), repr(~Keep.A))
print(repr(~Conform.A), repr(~Eject.A))
