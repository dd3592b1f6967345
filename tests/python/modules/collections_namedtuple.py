from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4))
x, y = p
print(x + y, Point._fields)
print(p._replace(y=10), p)
print(p._asdict())
print(Point._make([5, 6]), Point(y=1, x=2))
Person = namedtuple("Person", "name age city", defaults=["Paris"])
ana = Person("Ana", 31)
print(ana, ana.city, Person._field_defaults)
print(sorted([Person("Ben", 25), Person("Ana", 31)], key=lambda p: p.age))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(p, tuple), type(p).__name__)
