class A:
    __slots__ = ()
    def __getattr__(self, name):
        return getattr(self, "_" + name) if len(name) < 50 else None
print(A().x)
class B:
    def __init_subclass__(cls, **kw):
        print("subclass", cls.__name__, kw)
class C(B, flag=1):
    x = property(lambda self: self.y, lambda self, v: setattr(self, "y", v))
c = C()
c.x = 3
print(c.x)
class D(int):
    def __add__(self, o):
        return D(int(self) - o)
print(D(5) + 3, 3 + D(5))
class E(Exception):
    def __str__(self):
        raise ValueError("no str")
try:
    raise E()
except E as e:
    print(type(e).__name__)
class F:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(5)
print(list(F()))
class G:
    def __len__(self):
        return -1
try:
    len(G())
except ValueError as e:
    print(e)
class H:
    def __bool__(self):
        return 2
try:
    if H():
        pass
except TypeError as e:
    print(e)
class M(type):
    pass
class Meta(metaclass=M):
    pass
print(type(Meta).__name__, super(C, c).__class__)
class Desc:
    def __get__(self, obj, owner=None):
        return owner
    def __set_name__(self, owner, name):
        print("set_name", name)
class I:
    d = Desc()
print(I.d.__name__, I().d.__name__)
