# types: the names of the interpreter's built-in types (Lib/types.py), MappingProxyType (the
# read-only view a class's __dict__ gives, CPython's C mappingproxy) and SimpleNamespace, with
# CPython 3.11's reprs and messages. In the library archive (core/python/CMakeLists.txt); its
# frames are hidden from tracebacks, as C code has none.

import sys as _sys
from _traceback import FrameType, TracebackType


def _function():
    pass


async def _coroutine():
    pass


def _generator():
    yield 1


async def _async_generator():
    yield 1


class _Class:
    def _method(self):
        pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
GeneratorType = type(_generator())
_coroutine_object = _coroutine()
CoroutineType = type(_coroutine_object)
_coroutine_object.close()
AsyncGeneratorType = type(_async_generator())
MethodType = type(_Class()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)


def _cell():
    x = None

    def inner():
        return x
    return inner.__closure__[0]


CellType = type(_cell())


class mappingproxy:
    def __new__(cls, mapping):
        if isinstance(mapping, (list, tuple)) or not hasattr(type(mapping), '__getitem__'):
            raise TypeError(f'mappingproxy() argument must be a mapping, not '
                            f'{type(mapping).__name__}')
        proxy = object.__new__(cls)
        proxy.__mapping = mapping
        return proxy

    def __getitem__(self, key):
        return self.__mapping[key]

    def __contains__(self, key):
        return key in self.__mapping

    def __iter__(self):
        return iter(self.__mapping)

    def __reversed__(self):
        return reversed(self.__mapping)

    def __len__(self):
        return len(self.__mapping)

    def get(self, key, default=None, /):
        return self.__mapping.get(key, default)

    def keys(self):
        return self.__mapping.keys()

    def values(self):
        return self.__mapping.values()

    def items(self):
        return self.__mapping.items()

    def copy(self):
        return self.__mapping.copy()

    def __or__(self, other):
        if isinstance(other, mappingproxy):
            other = other.__mapping
        return self.__mapping | other

    def __ror__(self, other):
        return other | self.__mapping

    def __eq__(self, other):
        return self.__mapping == other

    def __ne__(self, other):
        return self.__mapping != other

    __hash__ = None

    def __repr__(self):
        return f'mappingproxy({self.__mapping!r})'

    def __str__(self):
        return str(self.__mapping)


mappingproxy.__module__ = 'builtins'
MappingProxyType = mappingproxy


class SimpleNamespace:
    __c_type__ = True
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        if id(self) in _repr_running:
            return f'{name}(...)'
        _repr_running.add(id(self))
        try:
            fields = ', '.join(f'{key}={value!r}' for key, value in vars(self).items())
        finally:
            _repr_running.discard(id(self))
        return f'{name}({fields})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return vars(self) == vars(other)
        return NotImplemented

    __hash__ = None


def _type_repr(obj):
    # How an alias or a union shows its members (CPython's ga_repr_item / union_repr_item).
    if obj is Ellipsis:
        return '...'
    if hasattr(obj, '__origin__') and hasattr(obj, '__args__'):
        return repr(obj)
    qualname = getattr(obj, '__qualname__', None)
    module = getattr(obj, '__module__', None)
    if qualname is None or module is None:
        return repr(obj)
    if module == 'builtins':
        return qualname
    return f'{module}.{qualname}'


class GenericAlias:
    __c_type__ = True
    # What subscripting a built-in class gives (list[int]): the engine calls it for the classes
    # CPython makes aliases of.
    def __init__(self, origin, args, /):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self.__parameters__ = ()

    def __repr__(self):
        if self.__args__:
            items = ', '.join(_type_repr(a) for a in self.__args__)
        else:
            items = '()'
        return f'{_type_repr(self.__origin__)}[{items}]'

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __getattr__(self, name):
        # The origin's attributes (list[int].append), but for the alias's own.
        if name in ('__origin__', '__args__', '__parameters__', '__mro_entries__',
                    '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')


class UnionType:
    __c_type__ = True
    # X | Y of types (int | None).
    def __init__(self, *args):
        raise TypeError("cannot create 'types.UnionType' instances")

    def __repr__(self):
        return ' | '.join('None' if a is NoneType else _type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)


def _unionable(obj):
    return obj is None or isinstance(obj, (type, GenericAlias, UnionType))


def _union(a, b):
    # type.__or__ and type.__ror__ (the engine calls this for `X | Y` when X or Y is a class),
    # GenericAlias's and UnionType's: the union of both sides' members, flattened, without
    # repeats; a single member is itself.
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    args = []
    for side in (a, b):
        for arg in side.__args__ if isinstance(side, UnionType) else (side,):
            if arg is None:
                arg = NoneType
            if not any(arg is seen or (isinstance(arg, GenericAlias) and arg == seen)
                       for seen in args):
                args.append(arg)
    if len(args) == 1:
        return args[0]
    union = object.__new__(UnionType)
    union.__args__ = tuple(args)
    union.__parameters__ = ()
    return union


# The ids of the namespaces whose repr is being built: a nested repr of one of them shows '...'.
_repr_running = set()
del _sys, _function, _coroutine, _generator, _async_generator, _Class, _cell, _coroutine_object
