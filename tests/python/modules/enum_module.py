from enum import Enum, IntEnum, StrEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f'{self.name} is {self.value}'
    @property
    def hex(self):
        return '#' + str(self.value) * 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color['BLUE'], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED in Color, Color.GREEN.describe(), Color.BLUE.hex, type(Color.RED), repr(Color))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, hash(Color.RED) == hash(Color.RED), f'{Color.RED}', str(Color.GREEN))
print(list(Color.__members__), isinstance(Color.RED, Color), {Color.RED: 'r'}[Color.CRIMSON], sorted(Color, key=lambda c: c.value))
class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK, repr(Status.OK), Status.OK == 200, Status.OK + 1, Status(404), f'{Status.NOT_FOUND}', Status.OK < Status.NOT_FOUND, isinstance(Status.OK, int))
class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), [m.value for m in Auto])
class Shape(Enum):
    SQUARE = 'sq'
    CIRCLE = 'ci'
    @classmethod
    def _missing_(cls, value):
        return cls.SQUARE if value == 'square' else None
print(Shape('square'), Shape('ci'))
for e in ["Color(7)", "Color['PINK']", "Shape('x')", "Color.RED < Color.GREEN"]:
    try: print(eval(e))
    except Exception as x: print(type(x).__name__, x)
try:
    Color.RED = 5
except AttributeError as x: print(type(x).__name__, x)
try:
    class More(Color): PINK = 4
except TypeError as x: print(type(x).__name__, x)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as x: print(type(x).__name__, x)
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as x: print(type(x).__name__, x)
class Base(Enum):
    def greet(self): return 'hi ' + self.name
class Child(Base):
    X = 1
print(Child.X.greet(), Child.X.value, Color.RED.__class__.__name__)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3))
Pair = Enum('Pair', [('ONE', 1), ('TWO', 2)])
print(Pair.TWO, Pair['ONE'].value)
class Mode(StrEnum):
    READ = auto()
    WRITE = 'w'
print(Mode.READ, repr(Mode.READ), Mode.WRITE == 'w', f'{Mode.READ}', Mode('w'), Mode.READ.upper())
print(Animal.ANT in Animal, [m.name for m in reversed(Animal)], Animal.__members__['CAT'])
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.MARS.value, Planet((6.42e23, 3.39e6)))
class Weekday(IntEnum):
    MON = 1
    TUE = 2
print(sum(Weekday), max(Weekday), Weekday.TUE * 2, Weekday(1).name, [d for d in Weekday if d > 1])
import asyncio
class State(Enum):
    IDLE = auto()
    BUSY = auto()
async def main():
    s = State.IDLE
    await asyncio.sleep(0)
    if s is State.IDLE: print('idle', s)
asyncio.run(main())
