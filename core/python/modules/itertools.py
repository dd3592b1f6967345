# itertools, written in Python: the classes of CPython 3.11's Modules/itertoolsmodule.c, with
# the same results, reprs and error messages, consuming their inputs at the same moments (each
# __next__ does what the C iterator's tp_iternext does). Embedded in the engine as text
# (core/python/CMakeLists.txt) and compiled on first import; its frames are hidden from
# tracebacks, as C code has none.
#
# Difference from CPython: an iterator's state lives in its instance __dict__ (the engine has no
# __slots__).


class _Iterator:
    def __iter__(self):
        return self


def _new(cls):
    return object.__new__(cls)


def _no_keywords(name, kwargs):
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")


# PyArg_UnpackTuple's checks.
def _arity(name, args, kwargs, low, high):
    _no_keywords(name, kwargs)
    count = len(args)
    if low <= count <= high:
        return
    if low == high:
        raise TypeError(f"{name} expected {low} argument{'s' * (low != 1)}, got {count}")
    if count < low:
        raise TypeError(f"{name} expected at least {low} argument{'s' * (low != 1)}, got {count}")
    raise TypeError(f"{name} expected at most {high} argument{'s' * (high != 1)}, got {count}")


# Argument Clinic's binding of positional-or-keyword parameters: a list of the values, None
# for the optional ones not given.
def _bind(name, args, kwargs, names, required):
    count = len(names)
    if len(args) > count:
        raise TypeError(f"{name}() takes at most {count} argument{'s' * (count != 1)} "
                        f"({len(args)} given)")
    values = list(args) + [_unset] * (count - len(args))
    for key, value in kwargs.items():
        if key not in names:
            raise TypeError(f"'{key}' is an invalid keyword argument for {name}()")
        i = names.index(key)
        if values[i] is not _unset:
            raise TypeError(f"{name}() got multiple values for argument '{key}'")
        values[i] = value
    for i in range(required):
        if values[i] is _unset:
            raise TypeError(f"{name}() missing required argument '{names[i]}' (pos {i + 1})")
    return [None if value is _unset else value for value in values]


_unset = object()


# PyNumber_Index.
def _index(value):
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), "__index__", None)
    if method is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return int(method(value))


# ---- count, cycle, repeat ----------------------------------------------------------------------


class count(_Iterator):
    __c_type__ = True
    def __new__(cls, *args, **kwargs):
        start, step = _bind("count", args, kwargs, ("start", "step"), 0)
        start = 0 if start is None else start
        step = 1 if step is None else step
        for value in (start, step):
            if not isinstance(value, (int, float, complex)) and not any(
                    hasattr(type(value), name)
                    for name in ("__index__", "__int__", "__float__", "__complex__")):
                raise TypeError("a number is required")
        self = _new(cls)
        self._count = start
        self._step = step
        return self

    def __next__(self):
        result = self._count
        self._count = result + self._step
        return result

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return f"{type(self).__name__}({self._count!r})"
        return f"{type(self).__name__}({self._count!r}, {step!r})"


class cycle(_Iterator):
    __c_type__ = True
    def __new__(cls, *args, **kwargs):
        _arity("cycle", args, kwargs, 1, 1)
        self = _new(cls)
        self._it = iter(args[0])
        self._saved = []
        self._index = 0
        return self

    def __next__(self):
        it = self._it
        if it is not None:
            for item in it:
                self._saved.append(item)
                return item
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        index = self._index
        self._index = index + 1 if index + 1 < len(saved) else 0
        return saved[index]


class repeat(_Iterator):
    __c_type__ = True
    def __new__(cls, *args, **kwargs):
        element, times = _bind("repeat", args, kwargs, ("object", "times"), 1)
        self = _new(cls)
        self._element = element
        self._remaining = -1 if times is None else max(_index(times), 0)
        return self

    def __next__(self):
        remaining = self._remaining
        if remaining == 0:
            raise StopIteration
        if remaining > 0:
            self._remaining = remaining - 1
        return self._element

    def __length_hint__(self):
        if self._remaining < 0:
            raise TypeError("len() of unsized object")
        return self._remaining

    def __repr__(self):
        if self._remaining < 0:
            return f"{type(self).__name__}({self._element!r})"
        return f"{type(self).__name__}({self._element!r}, {self._remaining})"


# ---- accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap, pairwise -------


class accumulate(_Iterator):
    __c_type__ = True
    def __new__(cls, *args, **kwargs):
        if len(args) == 3:
            raise TypeError("accumulate() takes at most 2 positional arguments (3 given)")
        iterable, func, initial = _bind("accumulate", args, kwargs,
                                        ("iterable", "func", "initial"), 1)
        self = _new(cls)
        self._it = iter(iterable)
        self._func = func
        self._total = _unset
        self._initial = _unset if initial is None else initial
        return self

    def __next__(self):
        if self._initial is not _unset:
            self._total = self._initial
            self._initial = _unset
            return self._total
        item = next(self._it)
        total = self._total
        if total is not _unset:
            func = self._func
            item = total + item if func is None else func(total, item)
        self._total = item
        return item


class chain(_Iterator):
    __c_type__ = True
    def __new__(cls, *iterables, **kwargs):
        _no_keywords("chain", kwargs)
        self = _new(cls)
        self._source = iter(iterables)
        self._active = None
        return self

    @classmethod
    def from_iterable(cls, *args, **kwargs):
        _no_keywords("chain.from_iterable", kwargs)
        if len(args) != 1:
            raise TypeError(
                f"chain.from_iterable() takes exactly one argument ({len(args)} given)")
        self = _new(cls)
        self._source = iter(args[0])
        self._active = None
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                try:
                    self._active = iter(next(self._source))
                except BaseException:
                    self._source = None
                    raise
            for item in self._active:
                return item
            self._active = None
        raise StopIteration


class compress(_Iterator):
    __c_type__ = True
    def __new__(cls, *args, **kwargs):
        data, selectors = _bind("compress", args, kwargs, ("data", "selectors"), 2)
        self = _new(cls)
        self._data = iter(data)
        self._selectors = iter(selectors)
        return self

    def __next__(self):
        data, selectors = self._data, self._selectors
        while True:
            item = next(data)
            if next(selectors):
                return item


class dropwhile(_Iterator):
    __c_type__ = True
    def __new__(cls, *args, **kwargs):
        _arity("dropwhile", args, kwargs, 2, 2)
        self = _new(cls)
        self._predicate = args[0]
        self._it = iter(args[1])
        self._dropping = True
        return self

    def __next__(self):
        for item in self._it:
            if not self._dropping:
                return item
            if not self._predicate(item):
                self._dropping = False
                return item
        raise StopIteration


class takewhile(_Iterator):
    __c_type__ = True
    def __new__(cls, *args, **kwargs):
        _arity("takewhile", args, kwargs, 2, 2)
        self = _new(cls)
        self._predicate = args[0]
        self._it = iter(args[1])
        self._taking = True
        return self

    def __next__(self):
        if self._taking:
            for item in self._it:
                if self._predicate(item):
                    return item
                self._taking = False
                break
        raise StopIteration


class filterfalse(_Iterator):
    __c_type__ = True
    def __new__(cls, *args, **kwargs):
        _arity("filterfalse", args, kwargs, 2, 2)
        self = _new(cls)
        self._predicate = None if args[0] is bool else args[0]
        self._it = iter(args[1])
        return self

    def __next__(self):
        predicate = self._predicate
        for item in self._it:
            if not (item if predicate is None else predicate(item)):
                return item
        raise StopIteration


class starmap(_Iterator):
    __c_type__ = True
    def __new__(cls, *args, **kwargs):
        _arity("starmap", args, kwargs, 2, 2)
        self = _new(cls)
        self._func = args[0]
        self._it = iter(args[1])
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._func(*args)


class pairwise(_Iterator):
    __c_type__ = True
    def __new__(cls, *args, **kwargs):
        _arity("pairwise", args, kwargs, 1, 1)
        self = _new(cls)
        self._it = iter(args[0])
        self._old = _unset
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        try:
            old = self._old
            if old is _unset:
                old = next(it)
            new = next(it)
        except BaseException:
            self._it = None
            self._old = _unset
            raise
        self._old = new
        return old, new


# ---- groupby -----------------------------------------------------------------------------------


class groupby(_Iterator):
    __c_type__ = True
    def __new__(cls, *args, **kwargs):
        iterable, key = _bind("groupby", args, kwargs, ("iterable", "key"), 1)
        self = _new(cls)
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _unset
        self._currgrouper = None  # the group that may still advance
        return self

    # Reads the next value and its key.
    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._currgrouper = None
        # Skip to the next group: past every value whose key equals the current group's.
        while True:
            currkey = self._currkey
            if currkey is not _unset:
                tgtkey = self._tgtkey
                if tgtkey is _unset or not (tgtkey is currkey or tgtkey == currkey):
                    break
            self._step()
        self._tgtkey = currkey
        grouper = _new(_grouper)
        grouper._parent = self
        grouper._tgtkey = currkey
        self._currgrouper = grouper
        return currkey, grouper


class _grouper(_Iterator):
    __c_type__ = True
    def __next__(self):
        parent = self._parent
        if parent._currgrouper is not self:
            raise StopIteration  # the groupby moved on: this group is over
        if parent._currvalue is _unset:
            parent._step()
        tgtkey, currkey = self._tgtkey, parent._currkey
        if not (tgtkey is currkey or tgtkey == currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = parent._currkey = _unset
        return value


# ---- islice ------------------------------------------------------------------------------------


# An islice bound as PyNumber_AsSsize_t reads it: -1 if it is not an integer (no error).
def _slice_argument(value):
    try:
        value = _index(value)
    except TypeError:
        return -1
    return value if -(1 << 63) <= value < (1 << 63) else -1


class islice(_Iterator):
    __c_type__ = True
    def __new__(cls, *args, **kwargs):
        _arity("islice", args, kwargs, 2, 4)
        start, stop, step = 0, -1, 1
        stop_error = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        if len(args) == 2:
            if args[1] is not None:
                stop = _slice_argument(args[1])
                if stop == -1:
                    raise ValueError(stop_error)
        else:
            if args[1] is not None:
                start = _slice_argument(args[1])
            if args[2] is not None:
                stop = _slice_argument(args[2])
                if stop == -1:
                    raise ValueError(stop_error)
        if start < 0 or stop < -1:
            raise ValueError(
                "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if len(args) == 4 and args[3] is not None:
            step = _slice_argument(args[3])
        if step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self = _new(cls)
        self._it = iter(args[0])
        self._next = start
        self._stop = stop
        self._step = step
        self._count = 0
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._count < self._next:
                next(it)
                self._count += 1
            if stop != -1 and self._count >= stop:
                raise StopIteration
            item = next(it)
        except BaseException:
            self._it = None
            raise
        self._count += 1
        following = self._next + self._step
        self._next = stop if stop != -1 and following > stop else following
        return item


# ---- tee ---------------------------------------------------------------------------------------

# The values read from the shared iterator, in blocks of _TEE_BLOCK that every tee walks
# through: [iterator, values, next block, running]. A block is freed when no tee needs it any
# more; blocks keep the chain short (its release is recursive).
_TEE_BLOCK = 57


class _tee(_Iterator):
    __c_type__ = True
    def __new__(cls, *args, **kwargs):
        _arity("_tee", args, kwargs, 1, 1)
        it = iter(args[0])
        if type(it) is _tee:
            return it.__copy__()
        self = _new(_tee)
        self._block = [it, [], None, False]
        self._index = 0
        return self

    def __next__(self):
        block, index = self._block, self._index
        if index == _TEE_BLOCK:
            if block[2] is None:
                block[2] = [block[0], [], None, False]
            block = self._block = block[2]
            index = 0
        values = block[1]
        if index < len(values):
            self._index = index + 1
            return values[index]
        if block[3]:
            raise RuntimeError("cannot re-enter the tee iterator")
        block[3] = True
        try:
            item = next(block[0])
        finally:
            block[3] = False
        values.append(item)
        self._index = index + 1
        return item

    def __copy__(self):
        copy = _new(_tee)
        copy._block = self._block
        copy._index = self._index
        return copy


def tee(iterable, n=2, /):
    n = _index(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    # An iterator that copies itself (a tee) is shared; any other is wrapped in a tee.
    copier = getattr(it, "__copy__", None)
    if copier is None:
        it = _tee(it)
        copier = it.__copy__
    return (it,) + tuple([copier() for _ in range(n - 1)])


# ---- zip_longest, product ----------------------------------------------------------------------


class zip_longest(_Iterator):
    __c_type__ = True
    def __new__(cls, *args, **kwargs):
        fillvalue = None
        for key, value in kwargs.items():
            if key != "fillvalue":
                raise TypeError("zip_longest() got an unexpected keyword argument")
            fillvalue = value
        self = _new(cls)
        self._iterators = [iter(arg) for arg in args]
        self._active = len(args)
        self._fillvalue = fillvalue
        return self

    def __next__(self):
        if not self._active:
            raise StopIteration
        iterators = self._iterators
        fillvalue = self._fillvalue
        items = []
        for i, it in enumerate(iterators):
            if it is None:
                items.append(fillvalue)
                continue
            try:
                items.append(next(it))
            except StopIteration:
                self._active -= 1
                if not self._active:
                    raise
                iterators[i] = None
                items.append(fillvalue)
            except BaseException:
                self._active = 0
                raise
        return tuple(items)


class product(_Iterator):
    __c_type__ = True
    def __new__(cls, *args, **kwargs):
        repeat = 1
        if kwargs:
            if len(kwargs) > 1:
                raise TypeError(
                    f"product() takes at most 1 keyword argument ({len(kwargs)} given)")
            for key, value in kwargs.items():
                if key != "repeat":
                    raise TypeError(f"'{key}' is an invalid keyword argument for product()")
                repeat = _index(value)
                if repeat < 0:
                    raise ValueError("repeat argument cannot be negative")
        self = _new(cls)
        self._pools = [tuple(arg) for arg in args] * repeat
        self._indices = None  # before the first item
        return self

    def __next__(self):
        pools, indices = self._pools, self._indices
        if indices is None:
            if all(pools):
                self._indices = [0] * len(pools)
                return tuple([pool[0] for pool in pools])
            indices = pools = ()
        # The odometer: advance the rightmost index, carrying leftwards.
        i = len(pools) - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                return tuple([pool[index] for pool, index in zip(pools, indices)])
            indices[i] = 0
            i -= 1
        self._pools = ()
        self._indices = []
        raise StopIteration


# ---- permutations, combinations, combinations_with_replacement --------------------------------


def _combinatoric(cls, name, args, kwargs, r_optional):
    iterable, r = _bind(name, args, kwargs, ("iterable", "r"), 1 if r_optional else 2)
    self = _new(cls)
    self._pool = pool = tuple(iterable)
    if r is None and r_optional:
        r = len(pool)
    elif r_optional and not isinstance(r, int):
        raise TypeError("Expected int as r")
    else:
        r = _index(r)
    if r < 0:
        raise ValueError("r must be non-negative")
    self._r = r
    self._indices = None  # before the first item; [] once exhausted
    return self


def _items(pool, indices, r):
    return tuple([pool[indices[i]] for i in range(r)])


class permutations(_Iterator):
    __c_type__ = True
    def __new__(cls, *args, **kwargs):
        return _combinatoric(cls, "permutations", args, kwargs, True)

    def __next__(self):
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if indices is None:
            if r > n:
                self._indices = []
                raise StopIteration
            self._indices = list(range(n))
            self._cycles = list(range(n, n - r, -1))
            return pool[:r]
        if n:
            cycles = self._cycles
            for i in range(r - 1, -1, -1):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices.append(indices.pop(i))
                    cycles[i] = n - i
                else:
                    j = n - cycles[i]
                    indices[i], indices[j] = indices[j], indices[i]
                    return _items(pool, indices, r)
        self._indices = []
        raise StopIteration


class combinations(_Iterator):
    __c_type__ = True
    def __new__(cls, *args, **kwargs):
        return _combinatoric(cls, "combinations", args, kwargs, False)

    def __next__(self):
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if indices is None:
            if r > n:
                self._indices = []
                raise StopIteration
            self._indices = list(range(r))
            return pool[:r]
        # The rightmost index not at its maximum moves up; those after it follow in order.
        for i in range(r - 1, -1, -1):
            if indices[i] != i + n - r:
                indices[i] += 1
                for j in range(i + 1, r):
                    indices[j] = indices[j - 1] + 1
                return _items(pool, indices, r)
        self._indices = []
        raise StopIteration


class combinations_with_replacement(_Iterator):
    __c_type__ = True
    def __new__(cls, *args, **kwargs):
        return _combinatoric(cls, "combinations_with_replacement", args, kwargs, False)

    def __next__(self):
        pool, r, indices = self._pool, self._r, self._indices
        n = len(pool)
        if indices is None:
            if not n and r:
                self._indices = []
                raise StopIteration
            self._indices = [0] * r
            return _items(pool, self._indices, r)
        for i in range(r - 1, -1, -1):
            if indices[i] != n - 1:
                indices[i:] = [indices[i] + 1] * (r - i)
                return _items(pool, indices, r)
        self._indices = []
        raise StopIteration


del _Iterator
