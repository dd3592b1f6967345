# copy: copy() and deepcopy() (Lib/copy.py of CPython 3.11) for the objects of this engine:
# the immutable built-ins are themselves, containers are copied item by item, instances through
# __copy__/__deepcopy__ or their class and __dict__, with the memo that keeps shared and
# recursive structures as they are. In the library archive (core/python/CMakeLists.txt).

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, complex, str, bytes, type, range, type(Ellipsis),
           type(NotImplemented), type(len), type(lambda: None), property)


def copy(x):
    cls = type(x)
    if isinstance(x, _atomic) and cls in _atomic or cls is tuple or cls is frozenset:
        return x
    if cls in (list, dict, set):
        return cls.copy(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, False)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, True)
    if y is not x:
        memo[d] = y
        memo.setdefault(id(memo), []).append(x)
    return y


def _reconstruct(x, memo, deep):
    cls = type(x)
    if isinstance(x, tuple) and hasattr(cls, '_make'):
        values = [deepcopy(v, memo) for v in x] if deep else list(x)
        y = cls._make(values)
    else:
        try:
            y = object.__new__(cls)
        except TypeError:
            raise Error(f'un(deep)copyable object of type {cls}') from None
    if deep:
        memo[id(x)] = y
    state = getattr(x, '__dict__', None)
    if state:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__') and not isinstance(y, type):
            y.__setstate__(state)
        else:
            y.__dict__.update(state)
    if isinstance(x, list) and cls is not list:
        y.extend(deepcopy(v, memo) if deep else v for v in x)
    elif isinstance(x, dict) and cls is not dict:
        for key, value in x.items():
            y[deepcopy(key, memo) if deep else key] = deepcopy(value, memo) if deep else value
    return y
