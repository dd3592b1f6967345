# Error messages of metaclasses, as CPython's.
class M1(type):
    pass


class M2(type):
    pass


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    type("D", (A, B), {})
except TypeError as e:
    print("TypeError:", e)

try:
    class E(A, metaclass=M2):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    A.missing
except AttributeError as e:
    print("AttributeError:", e)


class Bad(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 42


try:
    class F(metaclass=Bad):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    type("G", (), {}, 1)
except TypeError as e:
    print("TypeError:", e)

try:
    type.__call__(5)
except TypeError as e:
    print("TypeError:", e)


def factory(name, bases, ns):
    print("factory", name)
    return 7


class H(metaclass=factory):
    pass


print(H)
