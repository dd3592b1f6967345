# Attributes of a module read in a loop (the interpreter remembers where a module attribute
# sits in the module's dict): rebinding, deleting and re-adding the attribute, a module-level
# __getattr__, and a module whose class was changed to a subclass with a property.
import math


def read():
    return math.value


math.value = 1
seen = []
for step in range(6):
    if step == 2:
        math.value = 2
    if step == 3:
        del math.value
    if step == 4:
        math.value = 4
    try:
        seen.append(read())
    except AttributeError as error:
        seen.append(str(error))
print(seen)

math.__getattr__ = lambda name: "fallback " + name
print([math.missing for _ in range(2)], math.value)
del math.__getattr__
try:
    math.missing
except AttributeError as error:
    print(error)


ModuleType = type(math)


class Special(ModuleType):
    @property
    def value(self):
        return "from the property"


readings = [math.value]
math.__class__ = Special
readings.append(math.value)
math.__class__ = ModuleType
readings.append(math.value)
print(readings)
print(sum(math.floor(x / 3) for x in range(10)), math.pi > 3, [math.sqrt(n) for n in (4, 9)])
