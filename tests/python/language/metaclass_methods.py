# Methods and properties defined on a metaclass are visible from its classes, not instances.
class Meta(type):
    def describe(cls):
        return f"class {cls.__name__} with {sorted(k for k in vars(cls) if not k.startswith('__'))}"

    @property
    def upper_name(cls):
        return cls.__name__.upper()

    greeting = "hello from Meta"

class Widget(metaclass=Meta):
    size = 3

    def area(self):
        return self.size ** 2

print(Widget.describe())
print(Widget.upper_name, Widget.greeting)
w = Widget()
print(w.area())
for name in ("describe", "upper_name", "greeting"):
    print(name, hasattr(w, name), hasattr(Widget, name))
try:
    w.describe()
except AttributeError as e:
    print("AttributeError:", e)
print(Meta.describe(Widget))
print(type(Meta.__dict__["upper_name"]).__name__)
