# A metaclass's __new__ and __init__, type(C), isinstance, repr, __class__, mro.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kwargs):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcs, name, bases, ns)
        cls.created_by = mcs.__name__
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name, kwargs)
        super().__init__(name, bases, ns)

class C(metaclass=Meta):
    x = 1

    def method(self):
        return "method"

print(type(C) is Meta, isinstance(C, Meta), isinstance(C, type), issubclass(Meta, type))
print(repr(type(C)), type(C).__name__, C.__class__ is Meta, type(Meta) is type)
print(C.created_by, C().method(), type(C()) is C, isinstance(C(), C))
print(Meta.__mro__, type.mro(Meta))
try:
    Meta.mro()
except TypeError as e:
    print("TypeError:", e)
print(C.mro(), repr(C))
print(type(type(C())) is Meta)

class D(C):
    y = 2

print(type(D) is Meta, D.created_by, D.x, D.y)
