class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"({self.x}, {self.y})"

p = Point(1, "2")
print(p)
print(repr(p))
print([p, p])
print(f"{p} {p!r} {p!s}")
print(str(p), "%s %r" % (p, p))

class OnlyRepr:
    def __repr__(self):
        return "<only repr>"

print(OnlyRepr(), str(OnlyRepr()))
