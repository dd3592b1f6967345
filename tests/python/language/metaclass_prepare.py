# __prepare__: the namespace the class body runs in.
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"{key!r} defined twice")
        self.order.append(key)
        super().__setitem__(key, value)

class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        print("prepare", mcs.__name__, name, kwargs)
        return Recorder()

    def __new__(mcs, name, bases, ns, **kwargs):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.fields = [k for k in ns.order if not k.startswith("__")]
        return cls

class Record(metaclass=Ordered, tag=1):
    b = 1
    a = 2
    def c(self): pass

print(Record.fields)
try:
    class Bad(metaclass=Ordered):
        x = 1
        x = 2
except TypeError as e:
    print("TypeError:", e)

class Plain(type): pass

print(type(Plain.__prepare__("X", ())).__name__)
