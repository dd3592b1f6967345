# Class-private names: `__x` inside a class body, its methods, lambdas and comprehensions is
# `_Class__x` (leading underscores of the class name stripped), as CPython's compiler mangles it.
class Account:
    __rate = 2
    __table = [i * 2 for i in range(__rate + 1)]

    def __init__(self, owner, __secret="pin"):
        self.__owner = owner
        self.__secret = __secret
        self.__history = []

    def __log(self, what):
        self.__history.append(what)

    def deposit(self, amount, *, __note="none"):
        self.__log((amount, __note))
        return amount * self.__rate

    def history(self):
        return self.__history

    def __repr__(self):
        return f"Account({self.__owner!r})"

    double = lambda self: self.__rate * 2


a = Account("ada")
print(a.deposit(5), a.history(), a.double(), Account._Account__table)
print(sorted(k for k in vars(a)))
print([k for k in vars(Account) if "Account" in k])
print(Account.deposit.__kwdefaults__, Account.__init__.__code__.co_varnames)
print(Account._Account__log.__name__, Account._Account__log.__qualname__)
print(a._Account__owner, getattr(a, "_Account__secret"), hasattr(a, "__secret"))
a._Account__log("outside")
print(a.history(), repr(a))

# Dunder names and names with a trailing double underscore are left alone.
class Plain:
    __dunder__ = 1
    __trail_ = 2
    ___three = 3
    __ = 4
print([k for k in vars(Plain) if not k.startswith("__") or k in ("__dunder__", "__")])

# The class name's leading underscores are stripped; a name of underscores only mangles nothing.
class _Hidden:
    __x = 1
class __Double:
    __x = 2
class ___:
    __x = 3
print(_Hidden._Hidden__x, __Double._Double__x, ___.__x)

# Nested classes mangle with their own name; their functions with the innermost class.
class Outer:
    __a = "outer"
    class Inner:
        __a = "inner"
        def get(self):
            return self.__a
    def make(self):
        class Local:
            __b = "local"
        return Local
    def inner_function(self):
        def helper():
            return self.__a
        return helper()
print(Outer.Inner().get(), Outer._Outer__a, Outer.Inner._Inner__a)
print(vars(Outer().make()).get("_Local__b"), Outer().inner_function())

# Globals, nonlocals and module names seen from a class are mangled too.
_Config__level = "module-level"
class Config:
    def read(self):
        return __level
    def write(self):
        global __level
        __level = "written"
    def counter(self):
        __n = 0
        def bump():
            nonlocal __n
            __n += 1
            return __n
        bump()
        return bump()
print(Config().read())
Config().write()
print(_Config__level, Config().counter())

# Annotations' keys are mangled as well.
class Typed:
    __field: int = 1
    def method(self, __p: str, *, __q: float = 1.0) -> None:
        pass
print(Typed.__annotations__, Typed.method.__annotations__)

# Keyword arguments of a call are not mangled (a CPython quirk), so this call misses.
class Caller:
    def target(self, **kwargs):
        return kwargs
    def call(self):
        return self.target(__key=1), dict(__key=2)
print(Caller().call())

# Walrus targets, except names, for targets, del, augmented assignment, match captures.
class Misc:
    def run(self):
        if (__w := 5) > 3:
            pass
        for __i in range(2):
            pass
        try:
            raise ValueError("v")
        except ValueError as __e:
            err = __e
        self.__count = 1
        self.__count += 1
        match [1, 2]:
            case [__first, *__rest]:
                pass
        names = sorted(n for n in locals() if n != "self")
        del self.__count
        return __w, __i, str(err), __first, __rest, names, vars(self)
print(Misc().run())
