# Errors of __prepare__, type() and type.__call__; a function as metaclass may return anything.
class Bad(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 42

try:
    class F(metaclass=Bad):
        pass
except TypeError as e:
    print("TypeError:", e)

for args in [("G", (), {}, 1), ("G", ()), ("G", [], {}), ("G", (), []), (1, (), {})]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)

try:
    type.__call__(5)
except TypeError as e:
    print("TypeError:", e)

try:
    type("H", (1,), {})
except TypeError as e:
    print("TypeError:", e)

def factory(name, bases, ns):
    print("factory", name, sorted(ns))
    return 7

class H(metaclass=factory):
    pass

print(H)
