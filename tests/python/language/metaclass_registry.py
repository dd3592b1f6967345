# A registry metaclass collecting subclasses, and __init_subclass__ next to it.
class Registry(type):
    plugins = {}

    def __new__(mcs, name, bases, ns, **kwargs):
        cls = super().__new__(mcs, name, bases, ns, **kwargs)
        if bases:
            mcs.plugins[name.lower()] = cls
        return cls

    def __iter__(cls):
        return iter(sorted(cls.plugins))

    def __len__(cls):
        return len(cls.plugins)

class Plugin(metaclass=Registry):
    def __init_subclass__(cls, kind="generic", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind
        print("init_subclass", cls.__name__, kind)

class Csv(Plugin, kind="text"):
    pass

class Png(Plugin, kind="image"):
    pass

class Jpeg(Png):
    pass

print(sorted(Registry.plugins), list(Plugin), len(Plugin))
print(Jpeg.kind, Csv.kind, type(Jpeg) is Registry)
print(Registry.plugins["png"]().kind)
