# Meta.__call__ overrides instantiation: singletons and instance counting.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args, kwargs)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, name, debug=False):
        self.name = name
        self.debug = debug

a = Config("app", debug=True)
b = Config("other")
print(a is b, a.name, b.debug)

class Counted(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.count = 0

    def __call__(cls, *args):
        cls.count += 1
        return super().__call__(*args)

class Point(metaclass=Counted):
    def __init__(self, x, y):
        self.x, self.y = x, y

class Point3(Point):
    pass

pts = [Point(i, i) for i in range(3)] + [Point3(0, 0)]
print(Point.count, Point3.count, pts[1].y, type(Point3).__name__)
print(callable(Point), Point.__call__ is not None)
