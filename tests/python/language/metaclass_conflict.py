# "metaclass conflict" from the class statement and type(), and AttributeError on a class.
class M1(type): pass
class M2(type): pass

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

class Sub(M1, M2):
    pass

class Both(A, B, metaclass=Sub):
    pass

print(type(Both).__name__, [t.__name__ for t in type(Both).__mro__])
try:
    A.missing
except AttributeError as e:
    print("AttributeError:", e)
