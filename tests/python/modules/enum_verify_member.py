import enum
from enum import (Enum, Flag, IntEnum, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, EnumCheck,
                  member, nonmember, global_enum, auto)


class Shape(Enum):
    CIRCLE = 1
    SQUARE = 2
    sides = nonmember({'CIRCLE': 0})

    @member
    def TRIANGLE(self):
        return 'three'

    @enum.property
    def label(self):
        return self.name.title()


print([s.name for s in Shape], Shape.sides, Shape.CIRCLE.label, Shape.TRIANGLE.value(None), Shape.SQUARE.name)
for name in ('label', 'PENTAGON', '__foo__'):
    try:
        getattr(Shape, name)
    except AttributeError as e:
        print('AttributeError:', e)


class Field(Enum):
    name = 1
    value = 2


print(Field.name, Field.value, Field.name.name, Field.value.value, Field['name'])
print(EnumCheck.UNIQUE, repr(CONTINUOUS), list(EnumCheck))
print(verify(UNIQUE, CONTINUOUS)(Field), enum.show_flag_values(13), enum.bin(10), enum.bin(~10))
for body in ({'A': 1, 'B': 3, 'C': 7}, {'A': 1, 'B': 1}):
    try:
        verify(CONTINUOUS, UNIQUE)(Enum('Gap', body))
    except ValueError as e:
        print('ValueError:', e)
try:
    @verify(CONTINUOUS)
    class Bits(Flag):
        A = 1
        B = 8
except ValueError as e:
    print('ValueError:', e)
try:
    @verify(NAMED_FLAGS)
    class Named(Flag):
        A = 1
        B = 2
        ABC = 7
        AD = 9
except ValueError as e:
    print('ValueError:', e)
try:
    verify(UNIQUE)(int)
except TypeError as e:
    print('TypeError:', e)


@global_enum
class Level(IntEnum):
    LOW = auto()
    HIGH = auto()


@global_enum
class Opt(enum.IntFlag):
    X = auto()
    Y = auto()


print(repr(Level.LOW), str(Level.HIGH), Level.HIGH, repr(Opt.X | Opt.Y), repr(Opt.X), str(Opt.Y))
print(repr(Opt(0)), repr(Opt(5)), str(Opt(0)))
