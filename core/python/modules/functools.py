# functools, written in Python: reduce, partial, update_wrapper / wraps, lru_cache / cache,
# cmp_to_key, total_ordering and cached_property, with CPython 3.11's results, cache
# statistics, reprs, class names and error messages. In the library archive
# (core/python/CMakeLists.txt), compiled on first import (asyncio's wait_for imports it for
# partial); its frames are hidden from tracebacks, as C code has none.
#
# Differences from CPython: the state of partial, _lru_cache_wrapper and the other classes lives
# in their instances' __dict__ (the engine has no __slots__), so vars(partial(f)) shows func,
# args and keywords, and they can be assigned.

from collections import namedtuple

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)

_missing = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        value = getattr(wrapped, attr, _missing)
        if value is not _missing:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


def reduce(*args, **kwargs):
    if kwargs:
        raise TypeError("reduce() takes no keyword arguments")
    count = len(args)
    if count < 2:
        raise TypeError(f"reduce expected at least 2 arguments, got {count}")
    if count > 3:
        raise TypeError(f"reduce expected at most 3 arguments, got {count}")
    function = args[0]
    try:
        items = iter(args[1])
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if count == 3:
        value = args[2]
    else:
        for value in items:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    for item in items:
        value = function(value, item)
    return value


# The reprs being computed, so that a partial holding itself shows as "...".
_repr_running = set()


class partial:
    __c_type__ = True
    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func = args[0]
        args = args[1:]
        # partial(partial(f, a), b) is partial(f, a, b), unless the inner one got attributes.
        if isinstance(func, partial) and len(func.__dict__) == 3:
            args = func.args + args
            if func.keywords:
                keywords = {**func.keywords, **keywords}
            func = func.func
        if not callable(func):
            raise TypeError("the first argument must be callable")
        self = object.__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        if keywords:
            return self.func(*self.args, *args, **{**self.keywords, **keywords})
        return self.func(*self.args, *args, **self.keywords)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            parts = [repr(self.func)]
            parts.extend(map(repr, self.args))
            parts.extend(f"{key}={value!r}" for key, value in self.keywords.items())
        finally:
            _repr_running.discard(key)
        name = "functools.partial" if type(self) is partial else type(self).__name__
        return f"{name}({', '.join(parts)})"


_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])

# The fields of a link of a bounded cache's circular list, least recently used first.
_PREV, _NEXT, _KEY, _RESULT = 0, 1, 2, 3


class _lru_cache_wrapper:
    __c_type__ = True
    def __new__(cls, user_function, maxsize, typed, cache_info_type):
        if not callable(user_function):
            raise TypeError("the first argument must be callable")
        self = object.__new__(cls)
        self._function = user_function
        if maxsize is not None:
            maxsize = max(maxsize.__index__(), 0)
        self._maxsize = maxsize
        self._typed = True if typed else False
        self._cache_info_type = cache_info_type
        self._cache = {}
        self._hits = self._misses = 0
        root = []
        root[:] = [root, root, None, None]
        self._root = root
        return self

    def __call__(self, /, *args, **kwargs):
        maxsize = self._maxsize
        if maxsize == 0:
            self._misses += 1
            return self._function(*args, **kwargs)
        # The key: the arguments, then a marker and the keyword arguments, then (typed) the
        # types of all the values; one int or str argument alone is its own key.
        key = args
        if kwargs:
            key += (_missing,)
            for item in kwargs.items():
                key += item
        if self._typed:
            key += tuple([type(value) for value in args])
            if kwargs:
                key += tuple([type(value) for value in kwargs.values()])
        elif len(key) == 1 and type(key[0]) in (int, str):
            key = key[0]
        cache = self._cache
        link = cache.get(key, _missing)
        if link is not _missing:
            self._hits += 1
            if maxsize is None:
                return link
            # Move the link to the most recent end.
            prev, next = link[_PREV], link[_NEXT]
            prev[_NEXT] = next
            next[_PREV] = prev
            root = self._root
            last = root[_PREV]
            last[_NEXT] = root[_PREV] = link
            link[_PREV] = last
            link[_NEXT] = root
            return link[_RESULT]
        self._misses += 1
        result = self._function(*args, **kwargs)
        if maxsize is None:
            cache[key] = result
            return result
        if key in cache:
            return result  # the call cached it already
        root = self._root
        if len(cache) >= maxsize:
            oldest = root[_NEXT]
            del cache[oldest[_KEY]]
            root[_NEXT] = oldest[_NEXT]
            oldest[_NEXT][_PREV] = root
            oldest.clear()
        last = root[_PREV]
        link = [last, root, key, result]
        last[_NEXT] = root[_PREV] = cache[key] = link
        return result

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return _MethodType(self, instance)

    def cache_info(self):
        return self._cache_info_type(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        self._hits = self._misses = 0
        if self._maxsize:
            for link in self._cache.values():
                link.clear()
            root = self._root
            root[:] = [root, root, None, None]
        self._cache.clear()

    def cache_parameters(self):
        return {"maxsize": self._maxsize, "typed": self._typed}

    def __copy__(self):
        return self

    def __deepcopy__(self, memo, /):
        return self


class _Method:
    def method(self):
        pass


_MethodType = type(_Method().method)
del _Method


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        return update_wrapper(_lru_cache_wrapper(maxsize, 128, typed, _CacheInfo), maxsize)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return update_wrapper(_lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo),
                              user_function)

    return decorating_function


def cache(user_function, /):
    return update_wrapper(_lru_cache_wrapper(user_function, None, False, _CacheInfo),
                          user_function)


class KeyWrapper:
    def __hash__(self):
        raise TypeError("unhashable type: 'functools.KeyWrapper'")

    def __call__(self, obj):
        key = object.__new__(KeyWrapper)
        key._cmp = self._cmp
        key._obj = obj
        return key

    @property
    def obj(self):
        return getattr(self, "_obj", None)

    def _compare(self, other):
        if type(other) is not type(self):
            raise TypeError("other argument must be K instance")
        try:
            return self._cmp(self._obj, other._obj)
        except AttributeError:
            if hasattr(self, "_obj") and hasattr(other, "_obj"):
                raise
            raise AttributeError("object") from None

    def __lt__(self, other):
        return self._compare(other) < 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __ne__(self, other):
        return self._compare(other) != 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __ge__(self, other):
        return self._compare(other) >= 0


def cmp_to_key(mycmp):
    key = object.__new__(KeyWrapper)
    key._cmp = mycmp
    return key


# total_ordering: from the root comparison a class defines, the three others, each combining
# the root's result r with == or != as Lib/functools.py's _convert table does.
def _derived(root, name, combine):
    def method(self, other):
        result = getattr(type(self), root)(self, other)
        if result is NotImplemented:
            return result
        return combine(self, other, result)

    method.__name__ = method.__qualname__ = name
    return method


def _not(self, other, r):
    return not r


def _not_and_ne(self, other, r):
    return not r and self != other


def _or_eq(self, other, r):
    return r or self == other


def _not_or_eq(self, other, r):
    return not r or self == other


def _and_ne(self, other, r):
    return r and self != other


_convert = {
    "__lt__": (("__gt__", _not_and_ne), ("__le__", _or_eq), ("__ge__", _not)),
    "__le__": (("__ge__", _not_or_eq), ("__lt__", _and_ne), ("__gt__", _not)),
    "__gt__": (("__lt__", _not_and_ne), ("__ge__", _or_eq), ("__le__", _not)),
    "__ge__": (("__le__", _not_or_eq), ("__gt__", _and_ne), ("__lt__", _not)),
}


def total_ordering(cls):
    roots = {op for op in _convert if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(roots)
    for name, combine in _convert[root]:
        if name not in roots:
            setattr(cls, name, _derived(root, name, combine))
    return cls


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f"instance to cache {name!r} property.") from None
        value = cache.get(name, _missing)
        if value is _missing:
            value = self.func(instance)
            try:
                cache[name] = value
            except TypeError:
                raise TypeError(
                    f"The '__dict__' attribute on {type(instance).__name__!r} instance does "
                    f"not support item assignment for caching {name!r} property.") from None
        return value
