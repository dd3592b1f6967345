import enum
class I(enum.IntEnum):
    A = 1
class F(enum.IntFlag):
    A = 1
    B = 2
class S(enum.StrEnum):
    X = 'x'
print(hash(I.A) == hash(1), hash(F.A) == hash(1), hash(F.A | F.B) == hash(3), hash(S.X) == hash('x'))
print({1: 'one'}[I.A], {1: 'one'}[F.A], {3: 'x'}[F.A | F.B], {'x': 1}[S.X])
print(I.A.name, F.A.name, F.B.value, (F.A | F.B).value, type((F.A | F.B).value))
class Pl(enum.Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Pl.MERCURY.mass, Pl.MERCURY.value, Pl((3.303e+23, 2.4397e6)))
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W | Perm.X, Perm(7).name, [p.name for p in Perm(7)], Perm(7) & ~Perm.W)
print(Perm.R.value.bit_length(), Perm.R.bit_length(), Perm.R.__class__, enum.IntFlag.__members__ if False else '')
class NV(enum.Enum):
    name = 1
    value = 2
    X = 3
for f in (lambda: setattr(NV.X, 'name', 1), lambda: delattr(NV.X, 'value'), lambda: setattr(NV.name, 'name', 1), lambda: delattr(NV.value, 'value'), lambda: NV.X.name, lambda: NV.name.value, lambda: NV.value.name):
    try:
        print(f())
    except AttributeError as e:
        print(e)
