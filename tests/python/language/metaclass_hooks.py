# A function as metaclass, metaclass classmethods, and dunders of the metaclass acting on classes.
def auto_repr(name, bases, ns):
    ns["__repr__"] = lambda self: f"<{name}>"
    return type(name, bases, ns)

class P(metaclass=auto_repr):
    pass

print(P(), type(P))

class Factory(type):
    @classmethod
    def create(mcs, name):
        return mcs(name, (), {})

X = Factory.create("X")
print(type(X).__name__, X.__name__, isinstance(X, Factory))

class Indexed(type):
    def __getitem__(cls, key):
        return f"meta {key}"

class G(metaclass=Indexed):
    def __class_getitem__(cls, key):
        return f"class_getitem {key}"

class Frozen(type):
    def __setattr__(cls, name, value):
        raise AttributeError(f"{cls.__name__} is frozen")

class F(metaclass=Frozen):
    x = 1

print(G[1])
try:
    F.x = 2
except AttributeError as e:
    print("AttributeError:", e)
f = F(); f.x = 5
print(F.x, f.x)
