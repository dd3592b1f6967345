class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)

class Audio(Plugin, name="sound"):
    pass

class Video(Plugin):
    pass

print(Plugin.registry, Audio.plugin_name)

class Meta(type):
    def __new__(mcs, name, bases, ns, **kwargs):
        cls = super().__new__(mcs, name, bases, ns)
        cls.tags = kwargs
        return cls

class Tagged(metaclass=Meta, color="red"):
    pass

print(Tagged.tags)

class Stack(list):
    pass

s = Stack([1, 2])
s.label = "numbers"
print(s, s.label, vars(s))

class Version:
    def __init__(self, text):
        self.text = text
    def __eq__(self, other):
        return self.text == other.text
    __hash__ = None

print(Version("1") != Version("2"), Version("1") != Version("1"))

def make_repeat(n):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(n)]
        return wrapper
    return decorator

print(make_repeat(2)(lambda x: x * 3)(5))
