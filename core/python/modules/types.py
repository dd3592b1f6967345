# types: the names of the interpreter's built-in types (Lib/types.py), MappingProxyType (the
# read-only view a class's __dict__ gives, CPython's C mappingproxy) and SimpleNamespace, with
# CPython 3.11's reprs and messages. In the library archive (core/python/CMakeLists.txt); its
# frames are hidden from tracebacks, as C code has none.

import sys as _sys


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


# The ids of the namespaces whose repr is being built: a nested repr of one of them shows '...'.
_repr_running = set()
del _sys, _function, _coroutine, _generator, _async_generator, _Class, _cell, _coroutine_object
