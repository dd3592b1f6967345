# type(name, bases, dict) and the most derived metaclass of the bases.
class Meta(type):
    def __init__(cls, name, bases, ns):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)

    def hello(cls):
        return "hello " + cls.__name__

Base = Meta("Base", (), {"x": 1})
print(type(Base) is Meta, Base.hello(), Base.x)
Derived = type("Derived", (Base,), {"y": 2})
print(type(Derived).__name__, Derived.hello(), Derived.y, Derived.__mro__)
Plain = type("Plain", (object,), {"z": 3, "f": lambda self: self.z})
print(type(Plain) is type, Plain().f(), repr(Plain))

class SubMeta(Meta):
    pass

class A(metaclass=Meta):
    pass

class B(A, metaclass=SubMeta):
    pass

class C(B, A):
    pass

print(type(A).__name__, type(B).__name__, type(C).__name__)
print(type(type("E", (B,), {})).__name__)
