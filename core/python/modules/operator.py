# The operator module, written in Python: the operators as functions (operator.add,
# operator.lt...) and the callables itemgetter, attrgetter and methodcaller, as CPython 3.11's
# C module _operator has them (same results, reprs and error messages for the getters' arguments).
# Embedded in the engine as text (core/python/CMakeLists.txt) and compiled on first import; its
# frames are hidden from tracebacks, as C code has none.
#
# Difference from CPython: the functions are Python functions, so calling one with the wrong
# number of arguments gives the message of a Python function.


def lt(a, b, /):
    return a < b


def le(a, b, /):
    return a <= b


def eq(a, b, /):
    return a == b


def ne(a, b, /):
    return a != b


def ge(a, b, /):
    return a >= b


def gt(a, b, /):
    return a > b


def not_(a, /):
    return not a


def truth(a, /):
    return True if a else False


def is_(a, b, /):
    return a is b


def is_not(a, b, /):
    return a is not b


def add(a, b, /):
    return a + b


def and_(a, b, /):
    return a & b


def floordiv(a, b, /):
    return a // b


def index(a, /):
    if isinstance(a, int):
        return a
    method = getattr(type(a), "__index__", None)
    if method is None:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer")
    return method(a)


def inv(a, /):
    return ~a


invert = inv


def lshift(a, b, /):
    return a << b


def mod(a, b, /):
    return a % b


def mul(a, b, /):
    return a * b


def matmul(a, b, /):
    return a @ b


def neg(a, /):
    return -a


def or_(a, b, /):
    return a | b


def pos(a, /):
    return +a


def pow(a, b, /):
    return a**b


def rshift(a, b, /):
    return a >> b


def sub(a, b, /):
    return a - b


def truediv(a, b, /):
    return a / b


def xor(a, b, /):
    return a ^ b


# The sequence protocol (PySequence_Check): a class with __getitem__, or a built-in sequence.
_sequences = (list, tuple, str, bytes, range)


def concat(a, b, /):
    if not isinstance(a, _sequences) and not hasattr(type(a), "__getitem__"):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    return a + b


def iconcat(a, b, /):
    if not isinstance(a, _sequences) and not hasattr(type(a), "__getitem__"):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    a += b
    return a


def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)


def contains(a, b, /):
    return b in a


def countOf(a, b, /):
    count = 0
    for item in a:
        if item is b or item == b:
            count += 1
    return count


def delitem(a, b, /):
    del a[b]


def getitem(a, b, /):
    return a[b]


def indexOf(a, b, /):
    for position, item in enumerate(a):
        if item is b or item == b:
            return position
    raise ValueError("sequence.index(x): x not in sequence")


def setitem(a, b, c, /):
    a[b] = c


def iadd(a, b, /):
    a += b
    return a


def iand(a, b, /):
    a &= b
    return a


def ifloordiv(a, b, /):
    a //= b
    return a


def ilshift(a, b, /):
    a <<= b
    return a


def imod(a, b, /):
    a %= b
    return a


def imul(a, b, /):
    a *= b
    return a


def imatmul(a, b, /):
    a @= b
    return a


def ior(a, b, /):
    a |= b
    return a


def ipow(a, b, /):
    a **= b
    return a


def irshift(a, b, /):
    a >>= b
    return a


def isub(a, b, /):
    a -= b
    return a


def itruediv(a, b, /):
    a /= b
    return a


def ixor(a, b, /):
    a ^= b
    return a


abs = abs


def _one_argument(name, args):
    if len(args) != 1:
        raise TypeError(f"{name} expected 1 argument, got {len(args)}")


class itemgetter:
    __c_type__ = True
    def __new__(cls, *items, **kwargs):
        if kwargs:
            raise TypeError("itemgetter() takes no keyword arguments")
        _one_argument("itemgetter", items[:1])
        self = object.__new__(cls)
        self._items = items
        return self

    def __call__(self, obj, /):
        items = self._items
        if len(items) == 1:
            return obj[items[0]]
        return tuple([obj[item] for item in items])

    def __repr__(self):
        return f"operator.itemgetter({', '.join(map(repr, self._items))})"

    def __reduce__(self):
        return type(self), self._items


def _get_dotted(obj, name):
    for part in name.split("."):
        obj = getattr(obj, part)
    return obj


class attrgetter:
    __c_type__ = True
    def __new__(cls, *attrs, **kwargs):
        if kwargs:
            raise TypeError("attrgetter() takes no keyword arguments")
        _one_argument("attrgetter", attrs[:1])
        for attr in attrs:
            if not isinstance(attr, str):
                raise TypeError("attribute name must be a string")
        self = object.__new__(cls)
        self._attrs = attrs
        return self

    def __call__(self, obj, /):
        attrs = self._attrs
        if len(attrs) == 1:
            return _get_dotted(obj, attrs[0])
        return tuple([_get_dotted(obj, attr) for attr in attrs])

    def __repr__(self):
        return f"operator.attrgetter({', '.join(map(repr, self._attrs))})"

    def __reduce__(self):
        return type(self), self._attrs


class methodcaller:
    __c_type__ = True
    def __new__(cls, *args, **kwargs):
        if not args:
            raise TypeError("methodcaller needs at least one argument, the method name")
        if not isinstance(args[0], str):
            raise TypeError("method name must be a string")
        self = object.__new__(cls)
        self._name = args[0]
        self._args = args[1:]
        self._kwargs = kwargs
        return self

    def __call__(self, obj, /):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        parts.extend(f"{key}={value!r}" for key, value in self._kwargs.items())
        return f"operator.methodcaller({', '.join(parts)})"


# The dunder aliases: operator.__add__ is operator.add.
for _name in (
    "abs add and concat contains delitem eq floordiv ge getitem gt iadd iand iconcat ifloordiv "
    "ilshift imatmul imod imul index inv invert ior ipow irshift isub itruediv ixor le lshift lt "
    "matmul mod mul ne neg not or pos pow rshift setitem sub truediv xor"
).split():
    if _name in ("and", "not", "or"):
        globals()[f"__{_name}__"] = globals()[_name + "_"]
    else:
        globals()[f"__{_name}__"] = globals()[_name]
del _name
