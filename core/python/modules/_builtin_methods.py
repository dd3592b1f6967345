# Rarely used methods of the built-in types, written in Python to keep the wasm engine small
# (docs/ARCHITECTURE.md, "The wasm engine's size"). The types keep a native method of each
# name (str.zfill is still <method 'zfill' of 'str' objects>); that native checks self and
# calls the function of this module named <type>_<method> with self and the same arguments
# (modules/python_modules.cpp, library_method). Arguments are checked here, with CPython 3.11's
# messages, since each kind of C method words them its own way.
# This file's frames are hidden from tracebacks, as C functions' are.

import math

_MISSING = object()
_LINE_BREAKS = '\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029'
_SSIZE_MAX = (1 << 63) - 1
_INT_MAX = (1 << 31) - 1
# Longer results raise MemoryError, as the engine's other str methods do.
_MAX_LENGTH = 1 << 28


def _plural(n, word):
    return f'{n} {word}' if n == 1 else f'{n} {word}s'


def _no_keywords(name, kwargs):
    if kwargs:
        raise TypeError(f'{name}() takes no keyword arguments')


def _no_arguments(name, args, kwargs):
    # METH_NOARGS: "float.hex() takes no arguments (1 given)".
    _no_keywords(name, kwargs)
    if args:
        raise TypeError(f'{name}() takes no arguments ({len(args)} given)')


def _one_argument(name, args, kwargs):
    # METH_O: "str.zfill() takes exactly one argument (0 given)".
    _no_keywords(name, kwargs)
    if len(args) != 1:
        raise TypeError(f'{name}() takes exactly one argument ({len(args)} given)')
    return args[0]


def _keywords(name, names, args, kwargs, max_positional=None, required=0):
    # Argument Clinic's _PyArg_UnpackKeywords: the values of `names` (given by position or by
    # name, the first `max_positional` by position), _MISSING for those not given.
    nargs = len(args)
    maximum = len(names)
    if not kwargs and required <= nargs <= (maximum if max_positional is None else max_positional):
        return [*args, *(_MISSING,) * (maximum - nargs)]
    given = nargs + len(kwargs)
    if given > maximum:
        word = 'keyword argument' if nargs == 0 else 'argument'
        raise TypeError(f'{name}() takes at most {_plural(maximum, word)} ({given} given)')
    if max_positional is not None and nargs > max_positional:
        raise TypeError(f'{name}() takes at most '
                        f'{_plural(max_positional, "positional argument")} ({nargs} given)')
    values = list(args)
    left = len(kwargs)
    for i in range(nargs, maximum):
        value = kwargs.get(names[i], _MISSING) if left else _MISSING
        if value is not _MISSING:
            left -= 1
        elif i < required:
            raise TypeError(f"{name}() missing required argument '{names[i]}' (pos {i + 1})")
        values.append(value)
    if left:
        for i in range(nargs):
            if names[i] in kwargs:
                raise TypeError(f"argument for {name}() given by name ('{names[i]}') and "
                                f"position ({i + 1})")
        for key in kwargs:
            if key not in names:
                raise TypeError(f"'{key}' is an invalid keyword argument for {name}()")
    return values


def _index(value, limit=_SSIZE_MAX, c_type='ssize_t'):
    # An integer argument: an int or __index__, fitting a C ssize_t (or int).
    if type(value) is int and -limit - 1 <= value <= limit:
        return value
    if not isinstance(value, int):
        method = getattr(type(value), '__index__', None)
        if method is None:
            raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
        value = method(value)
        if not isinstance(value, int):
            raise TypeError(f'__index__ returned non-int (type {type(value).__name__})')
    if not -limit - 1 <= value <= limit:
        raise OverflowError(f'Python int too large to convert to C {c_type}')
    return int(value)


def _type_name(value):
    # As Argument Clinic names a wrong argument's type: None is "None", not "NoneType".
    return 'None' if value is None else type(value).__name__


def _str_argument(function, name, value):
    if not isinstance(value, str):
        raise TypeError(f"{function}() argument '{name}' must be str, not {_type_name(value)}")


def _exact(text):
    # A str subclass's text as an exact str (its methods may be overridden).
    return text if type(text) is str else ''.join((text,))


# ---- str --------------------------------------------------------------------------------------

def str_zfill(self, *args, **kwargs):
    if kwargs or len(args) != 1:
        _one_argument('str.zfill', args, kwargs)
    width = _index(args[0])
    if type(self) is not str:
        self = _exact(self)
    fill = width - len(self)
    if fill <= 0:
        return self
    if fill > _MAX_LENGTH:
        raise MemoryError
    if self[:1] in ('+', '-'):
        return self[0] + '0' * fill + self[1:]
    return '0' * fill + self


def str_expandtabs(self, *args, **kwargs):
    tabsize, = _keywords('expandtabs', ('tabsize',), args, kwargs)
    tabsize = 8 if tabsize is _MISSING else _index(tabsize, _INT_MAX, 'int')
    self = _exact(self)
    if '\t' not in self:
        return self
    out = []
    column = 0
    size = 0
    for i, part in enumerate(self.split('\t')):
        if i and tabsize > 0:
            spaces = tabsize - column % tabsize
            size += spaces
            if size > _MAX_LENGTH:
                raise MemoryError
            out.append(' ' * spaces)
            column += spaces
        out.append(part)
        size += len(part)
        # Only \n and \r start a new column count.
        line_start = max(part.rfind('\n'), part.rfind('\r')) + 1
        column = len(part) - line_start if line_start else column + len(part)
    return ''.join(out)


def _separator(name, args, kwargs):
    if kwargs or len(args) != 1:
        _one_argument(name, args, kwargs)
    sep = args[0]
    if not isinstance(sep, str):
        raise TypeError(f'must be str, not {type(sep).__name__}')
    if not sep:
        raise ValueError('empty separator')
    return sep


def str_partition(self, *args, **kwargs):
    sep = _separator('str.partition', args, kwargs)
    text = self if type(self) is str else _exact(self)
    at = text.find(sep)
    if at < 0:
        return (self, '', '')  # self itself, a str subclass included, as CPython returns it
    return (text[:at], sep, text[at + len(sep):])


def str_rpartition(self, *args, **kwargs):
    sep = _separator('str.rpartition', args, kwargs)
    text = self if type(self) is str else _exact(self)
    at = text.rfind(sep)
    if at < 0:
        return ('', '', self)
    return (text[:at], sep, text[at + len(sep):])


def str_splitlines(self, *args, **kwargs):
    keepends, = _keywords('splitlines', ('keepends',), args, kwargs)
    keepends = keepends is not _MISSING and _index(keepends, _INT_MAX, 'int') != 0
    self = _exact(self)
    if not any(c in self for c in _LINE_BREAKS[1:]):
        # Only '\n' (most texts): split does it natively.
        lines = self.split('\n')
        if not lines[-1]:
            lines.pop()
        if keepends:
            last = len(lines) - 1
            if self.endswith('\n'):
                last += 1
            lines = [line + '\n' if i < last else line for i, line in enumerate(lines)]
        return lines
    # Slices of a non-ASCII str are found by a scan: index a list of its characters.
    chars = self if self.isascii() else list(self)
    lines = []
    start = 0
    end = len(chars)
    i = 0
    while i < end:
        c = chars[i]
        i += 1
        if c not in _LINE_BREAKS:
            continue
        stop = i - 1
        if c == '\r' and i < end and chars[i] == '\n':
            i += 1
        lines.append(''.join(chars[start:i if keepends else stop]))
        start = i
    if start < end:
        lines.append(''.join(chars[start:]))
    return lines


def str_translate(self, *args, **kwargs):
    table = _one_argument('str.translate', args, kwargs)
    out = []
    for c in _exact(self):
        try:
            mapped = table[ord(c)]
        except LookupError:
            out.append(c)
            continue
        if mapped is None:
            continue
        if isinstance(mapped, int):
            if not 0 <= mapped < 0x110000:
                raise ValueError('character mapping must be in range(0x110000)')
            out.append(chr(mapped))
        elif isinstance(mapped, str):
            out.append(mapped)
        else:
            raise TypeError('character mapping must return integer, None or str')
    return ''.join(out)


def str_maketrans(*args, **kwargs):
    # A static method: no self.
    _no_keywords('str.maketrans', kwargs)
    n = len(args)
    if not 1 <= n <= 3:
        bound = 'at least 1 argument' if n < 1 else 'at most 3 arguments'
        raise TypeError(f'maketrans expected {bound}, got {n}')
    for i in range(1, n):
        if not isinstance(args[i], str):
            raise TypeError(f'maketrans() argument {i + 1} must be str, not '
                            f'{_type_name(args[i])}')
    x = args[0]
    table = {}
    if n == 1:
        if not isinstance(x, dict):
            raise TypeError('if you give only one argument to maketrans it must be a dict')
        for key, value in dict.items(x):
            if isinstance(key, str):
                if len(key) != 1:
                    raise ValueError('string keys in translate table must be of length 1')
                key = ord(key)
            elif not isinstance(key, int):
                raise TypeError('keys in translate table must be strings or integers')
            table[key] = value
        return table
    if not isinstance(x, str):
        raise TypeError('first maketrans argument must be a string if there is a second argument')
    if len(x) != len(args[1]):
        raise ValueError('the first two maketrans arguments must have equal length')
    for a, b in zip(x, args[1]):
        table[ord(a)] = ord(b)
    if n == 3:
        for c in args[2]:
            table[ord(c)] = None
    return table


def _codec_arguments(method, args, kwargs):
    # str.encode's and bytes.decode's (encoding='utf-8', errors='strict'), checked.
    encoding, errors = _keywords(method, ('encoding', 'errors'), args, kwargs)
    if encoding is _MISSING:
        encoding = 'utf-8'
    else:
        _str_argument(method, 'encoding', encoding)
    if errors is _MISSING:
        errors = 'strict'
    else:
        _str_argument(method, 'errors', errors)
    return encoding, errors


def str_encode(self, *args, **kwargs):
    # The codecs are bytes()'s (native): utf-8, ascii, latin-1 and their aliases.
    if not args and not kwargs:
        return bytes(self if type(self) is str else _exact(self), 'utf-8')
    encoding, errors = _codec_arguments('encode', args, kwargs)
    return bytes(_exact(self), encoding, errors)


# ---- bytes ------------------------------------------------------------------------------------

def bytes_decode(self, *args, **kwargs):
    # The codecs are str()'s (native).
    if not args and not kwargs:
        return str(self, 'utf-8')
    encoding, errors = _codec_arguments('decode', args, kwargs)
    return str(self, encoding, errors)


# As Latin-1 text, each byte a character: str's native methods then do the work, except where
# bytes' rules differ (only ASCII letters have a case; only b' \t\n\r\x0b\x0c' are white
# space; only \n and \r break lines).

# White space and line breaks for str, not for bytes: hidden from str's methods as characters of
# a private use area while they work, _NOT_SPACE + ord(c).
_STR_ONLY_SPACE = '\x1c\x1d\x1e\x1f\x85\xa0'
_STR_ONLY_BREAKS = '\x0b\x0c\x1c\x1d\x1e\x85'
_NOT_SPACE = 0xe000


def _text(value):
    # A bytes-like argument as text: bytes (the engine has no bytearray or memoryview).
    if isinstance(value, bytes):
        return str(value, 'latin-1')
    raise TypeError(f"a bytes-like object is required, not '{type(value).__name__}'")


def _bytes(text):
    return bytes(text, 'latin-1')


def _hide(text, chars):
    for c in chars:
        if c in text:
            text = text.replace(c, chr(_NOT_SPACE + ord(c)))
    return text


def _unhide(text, chars):
    for c in chars:
        hidden = chr(_NOT_SPACE + ord(c))
        if hidden in text:
            text = text.replace(hidden, c)
    return text


def _positional(name, args, kwargs, low, high):
    # _PyArg_CheckPositional, after _PyArg_NoKeywords: "center expected at least 1 argument".
    _no_keywords('bytes.' + name, kwargs)
    n = len(args)
    if not low <= n <= high:
        if low == high:
            bound = _plural(low, 'argument')
        elif n < low:
            bound = 'at least ' + _plural(low, 'argument')
        else:
            bound = 'at most ' + _plural(high, 'argument')
        raise TypeError(f'{name} expected {bound}, got {n}')


def _slice_index(value):
    # _PyEval_SliceIndex: None, an int or __index__, clipped to a C ssize_t.
    if value is None:
        return None
    if type(value) is not int:
        if getattr(type(value), '__index__', None) is None:
            raise TypeError('slice indices must be integers or None or have an __index__ method')
        value = _index(value, 1 << 200)
    return max(-_SSIZE_MAX - 1, min(value, _SSIZE_MAX))


def _start_end(name, args, kwargs):
    # The (sub, [start, [end]]) arguments of find/count/startswith...: start and end as slice
    # indices or None.
    _no_keywords('bytes.' + name, kwargs)
    n = len(args)
    if not 1 <= n <= 3:
        bound = 'at least' if n < 1 else 'at most'
        raise TypeError(f'{name}() takes {bound} {_plural(1 if n < 1 else 3, "argument")} '
                        f'({n} given)')
    return (_slice_index(args[1]) if n > 1 else None,
            _slice_index(args[2]) if n > 2 else None)


def _finds(name, args, kwargs):
    # stringlib's parse_args_finds_byte: sub (bytes or a byte's value), [start, [end]].
    start, end = _start_end(name, args, kwargs)
    sub = args[0]
    if isinstance(sub, bytes):
        return str(sub, 'latin-1'), start, end
    if getattr(type(sub), '__index__', None) is None:
        raise TypeError('argument should be integer or bytes-like object, '
                        f"not '{type(sub).__name__}'")
    byte = _index(sub, 1 << 200)
    if not 0 <= byte < 256:
        raise ValueError('byte must be in range(0, 256)')
    return chr(byte), start, end


def bytes_count(self, *args, **kwargs):
    sub, start, end = _finds('count', args, kwargs)
    return str(self, 'latin-1').count(sub, start, end)


def bytes_find(self, *args, **kwargs):
    sub, start, end = _finds('find', args, kwargs)
    return str(self, 'latin-1').find(sub, start, end)


def bytes_rfind(self, *args, **kwargs):
    sub, start, end = _finds('rfind', args, kwargs)
    return str(self, 'latin-1').rfind(sub, start, end)


def bytes_index(self, *args, **kwargs):
    sub, start, end = _finds('index', args, kwargs)
    at = str(self, 'latin-1').find(sub, start, end)
    if at < 0:
        raise ValueError('subsection not found')
    return at


def bytes_rindex(self, *args, **kwargs):
    sub, start, end = _finds('rindex', args, kwargs)
    at = str(self, 'latin-1').rfind(sub, start, end)
    if at < 0:
        raise ValueError('subsection not found')
    return at


def _tailmatch(name, self, args, kwargs, at_end):
    start, end = _start_end(name, args, kwargs)
    text = str(self, 'latin-1')
    match = text.endswith if at_end else text.startswith
    affix = args[0]
    if isinstance(affix, tuple):
        for item in affix:
            if match(_text(item), start, end):
                return True
        return False
    if not isinstance(affix, bytes):
        raise TypeError(f'{name} first arg must be bytes or a tuple of bytes, '
                        f'not {type(affix).__name__}')
    return match(str(affix, 'latin-1'), start, end)


def bytes_startswith(self, *args, **kwargs):
    return _tailmatch('startswith', self, args, kwargs, False)


def bytes_endswith(self, *args, **kwargs):
    return _tailmatch('endswith', self, args, kwargs, True)


def _pad(name, self, args, kwargs):
    _positional(name, args, kwargs, 1, 2)
    width = _index(args[0])
    fill = b' ' if len(args) < 2 else args[1]
    if not isinstance(fill, bytes) or len(fill) != 1:
        raise TypeError(f'{name}() argument 2 must be a byte string of length 1, '
                        f'not {type(fill).__name__}')
    return str(self, 'latin-1'), width, str(fill, 'latin-1')


def bytes_center(self, *args, **kwargs):
    text, width, fill = _pad('center', self, args, kwargs)
    return _bytes(text.center(width, fill))


def bytes_ljust(self, *args, **kwargs):
    text, width, fill = _pad('ljust', self, args, kwargs)
    return _bytes(text.ljust(width, fill))


def bytes_rjust(self, *args, **kwargs):
    text, width, fill = _pad('rjust', self, args, kwargs)
    return _bytes(text.rjust(width, fill))


def bytes_zfill(self, *args, **kwargs):
    if kwargs or len(args) != 1:
        _one_argument('bytes.zfill', args, kwargs)
    return _bytes(str_zfill(str(self, 'latin-1'), args[0]))


def bytes_expandtabs(self, *args, **kwargs):
    return _bytes(str_expandtabs(str(self, 'latin-1'), *args, **kwargs))


def bytes_splitlines(self, *args, **kwargs):
    keepends, = _keywords('splitlines', ('keepends',), args, kwargs)
    keepends = keepends is not _MISSING and _index(keepends, _INT_MAX, 'int') != 0
    text = str(self, 'latin-1')
    hidden = _hide(text, _STR_ONLY_BREAKS)
    lines = str_splitlines(hidden, keepends)
    if hidden is not text:
        lines = [_unhide(line, _STR_ONLY_BREAKS) for line in lines]
    return [_bytes(line) for line in lines]


def _split(name, self, args, kwargs):
    sep, maxsplit = _keywords(name, ('sep', 'maxsplit'), args, kwargs)
    maxsplit = -1 if maxsplit is _MISSING else _index(maxsplit)
    text = str(self, 'latin-1')
    if sep is _MISSING or sep is None:
        hidden = _hide(text, _STR_ONLY_SPACE)
        parts = getattr(hidden, name)(None, maxsplit)
        if hidden is not text:
            parts = [_unhide(part, _STR_ONLY_SPACE) for part in parts]
    else:
        parts = getattr(text, name)(_text(sep), maxsplit)
    return [_bytes(part) for part in parts]


def bytes_split(self, *args, **kwargs):
    return _split('split', self, args, kwargs)


def bytes_rsplit(self, *args, **kwargs):
    return _split('rsplit', self, args, kwargs)


def _strip(name, self, args, kwargs):
    _positional(name, args, kwargs, 0, 1)
    text = str(self, 'latin-1')
    chars = args[0] if args else None
    if chars is not None:
        return _bytes(getattr(text, name)(_text(chars)))
    hidden = _hide(text, _STR_ONLY_SPACE)
    result = getattr(hidden, name)()
    return _bytes(result if hidden is text else _unhide(result, _STR_ONLY_SPACE))


def bytes_strip(self, *args, **kwargs):
    return _strip('strip', self, args, kwargs)


def bytes_lstrip(self, *args, **kwargs):
    return _strip('lstrip', self, args, kwargs)


def bytes_rstrip(self, *args, **kwargs):
    return _strip('rstrip', self, args, kwargs)


def _partition_sep(name, args, kwargs):
    if kwargs or len(args) != 1:
        _one_argument('bytes.' + name, args, kwargs)
    sep = _text(args[0])
    if not sep:
        raise ValueError('empty separator')
    return sep


def bytes_partition(self, *args, **kwargs):
    sep = _partition_sep('partition', args, kwargs)
    text = str(self, 'latin-1')
    at = text.find(sep)
    if at < 0:
        return (self, b'', b'')
    return (_bytes(text[:at]), _bytes(sep), _bytes(text[at + len(sep):]))


def bytes_rpartition(self, *args, **kwargs):
    sep = _partition_sep('rpartition', args, kwargs)
    text = str(self, 'latin-1')
    at = text.rfind(sep)
    if at < 0:
        return (b'', b'', self)
    return (_bytes(text[:at]), _bytes(sep), _bytes(text[at + len(sep):]))


def bytes_removeprefix(self, *args, **kwargs):
    affix = _text(_one_argument('bytes.removeprefix', args, kwargs))
    text = str(self, 'latin-1')
    if affix and text.startswith(affix):
        return _bytes(text[len(affix):])
    return self if type(self) is bytes else _bytes(text)


def bytes_removesuffix(self, *args, **kwargs):
    affix = _text(_one_argument('bytes.removesuffix', args, kwargs))
    text = str(self, 'latin-1')
    if affix and text.endswith(affix):
        return _bytes(text[:len(text) - len(affix)])
    return self if type(self) is bytes else _bytes(text)


def bytes_replace(self, *args, **kwargs):
    _positional('replace', args, kwargs, 2, 3)
    old = _text(args[0])
    new = _text(args[1])
    count = _index(args[2]) if len(args) > 2 else -1
    return _bytes(str(self, 'latin-1').replace(old, new, count))


def bytes_join(self, *args, **kwargs):
    iterable = _one_argument('bytes.join', args, kwargs)
    try:
        items = list(iterable)
    except TypeError:
        if getattr(type(iterable), '__iter__', None) is None:
            raise TypeError('can only join an iterable') from None
        raise
    for i, item in enumerate(items):
        if not isinstance(item, bytes):
            raise TypeError(f'sequence item {i}: expected a bytes-like object, '
                            f'{type(item).__name__} found')
    return _bytes(str(self, 'latin-1').join([str(item, 'latin-1') for item in items]))


def bytes_hex(self, *args, **kwargs):
    sep, per_group = _keywords('hex', ('sep', 'bytes_per_sep'), args, kwargs)
    per_group = 1 if per_group is _MISSING else _index(per_group, _INT_MAX, 'int')
    digits = ('%02x' * len(self)) % tuple(self)
    if sep is _MISSING:
        return digits
    if len(sep) != 1:
        raise ValueError('sep must be length 1.')
    if isinstance(sep, bytes):
        sep = str(sep, 'latin-1')
    elif not isinstance(sep, str):
        raise TypeError('sep must be str or bytes.')
    if sep > '\x7f':
        raise ValueError('sep must be ASCII.')
    if not per_group:
        return digits
    # Groups of bytes_per_sep bytes, counted from the right (from the left if negative).
    size = 2 * abs(per_group)
    n = len(digits)
    first = (n % size or size) if per_group > 0 else size
    return sep.join([digits[:first], *[digits[i:i + size] for i in range(first, n, size)]])


def bytes_fromhex(cls, *args, **kwargs):
    # A classmethod: cls is the class.
    text = _one_argument('bytes.fromhex', args, kwargs)
    if not isinstance(text, str):
        raise TypeError(f'fromhex() argument must be str, not {type(text).__name__}')
    hex_digits = '0123456789abcdefABCDEF'
    if not text.isascii():
        at = 0
        while text[at] <= '\x7f':
            at += 1
        raise ValueError(f'non-hexadecimal number found in fromhex() arg at position {at}')
    data = []
    at = 0
    end = len(text)
    while True:
        while at < end and text[at] in ' \t\n\r\x0b\x0c':
            at += 1
        if at >= end:
            break
        if text[at] not in hex_digits:
            raise ValueError(f'non-hexadecimal number found in fromhex() arg at position {at}')
        if at + 1 >= end or text[at + 1] not in hex_digits:
            raise ValueError('non-hexadecimal number found in fromhex() arg at position '
                             f'{at + 1}')
        data.append(int(text[at:at + 2], 16))
        at += 2
    result = bytes(data)
    return result if cls is bytes else cls(result)


def bytes_maketrans(*args, **kwargs):
    # A static method: no self.
    _positional('maketrans', args, kwargs, 2, 2)
    frm = _text(args[0])
    to = _text(args[1])
    if len(frm) != len(to):
        raise ValueError('maketrans arguments must have same length')
    table = list(range(256))
    for a, b in zip(frm, to):
        table[ord(a)] = ord(b)
    return bytes(table)


def bytes_translate(self, *args, **kwargs):
    n = len(args)
    if not n:
        raise TypeError('translate() takes at least 1 positional argument (0 given)')
    if 'table' in kwargs and n + len(kwargs) <= 2:
        raise TypeError("'table' is an invalid keyword argument for translate()")  # positional
    table, delete = _keywords('translate', ('table', 'delete'), args, kwargs)
    if table is not None:
        table = _text(table)
        if len(table) != 256:
            raise ValueError('translation table must be 256 characters long')
    text = str(self, 'latin-1')
    if delete is not _MISSING:
        for c in _text(delete):
            if c in text:
                text = text.replace(c, '')
    if table is None:
        return _bytes(text)
    return _bytes(''.join([table[ord(c)] for c in text]))


# Case and kinds of characters: ASCII only. A non-ASCII byte has no case, as white space has none.

def _ascii_case(name, self, args, kwargs, method):
    _no_arguments('bytes.' + name, args, kwargs)
    text = str(self, 'latin-1')
    if text.isascii():
        return _bytes(method(text))
    return _bytes(''.join([method(c) if c <= '\x7f' else c for c in text]))


def bytes_lower(self, *args, **kwargs):
    return _ascii_case('lower', self, args, kwargs, str.lower)


def bytes_upper(self, *args, **kwargs):
    return _ascii_case('upper', self, args, kwargs, str.upper)


def bytes_swapcase(self, *args, **kwargs):
    return _ascii_case('swapcase', self, args, kwargs, str.swapcase)


def bytes_capitalize(self, *args, **kwargs):
    _no_arguments('bytes.capitalize', args, kwargs)
    return bytes_upper(self[:1]) + bytes_lower(self[1:])


def bytes_title(self, *args, **kwargs):
    _no_arguments('bytes.title', args, kwargs)
    text = str(self, 'latin-1')
    if text.isascii():
        return _bytes(text.title())
    # Each run of ASCII characters on its own: the non-ASCII bytes between them have no case.
    out = []
    run = []
    for c in text:
        if c <= '\x7f':
            run.append(c)
        else:
            if run:
                out.append(''.join(run).title())
                run = []
            out.append(c)
    if run:
        out.append(''.join(run).title())
    return _bytes(''.join(out))


def _ascii_kind(name, self, args, kwargs):
    _no_arguments('bytes.' + name, args, kwargs)
    return str(self, 'latin-1')


def bytes_isascii(self, *args, **kwargs):
    return _ascii_kind('isascii', self, args, kwargs).isascii()


def bytes_isalnum(self, *args, **kwargs):
    text = _ascii_kind('isalnum', self, args, kwargs)
    return text.isascii() and text.isalnum()


def bytes_isalpha(self, *args, **kwargs):
    text = _ascii_kind('isalpha', self, args, kwargs)
    return text.isascii() and text.isalpha()


def bytes_isdigit(self, *args, **kwargs):
    text = _ascii_kind('isdigit', self, args, kwargs)
    return text.isascii() and text.isdigit()


def bytes_isspace(self, *args, **kwargs):
    text = _ascii_kind('isspace', self, args, kwargs)
    return bool(text) and not text.strip(' \t\n\r\x0b\x0c')


def _cased_only(text, uncased):
    # Non-ASCII characters replaced by `uncased`: they have no case in bytes.
    if text.isascii():
        return text
    return ''.join([c if c <= '\x7f' else uncased for c in text])


def bytes_islower(self, *args, **kwargs):
    return _cased_only(_ascii_kind('islower', self, args, kwargs), '').islower()


def bytes_isupper(self, *args, **kwargs):
    return _cased_only(_ascii_kind('isupper', self, args, kwargs), '').isupper()


def bytes_istitle(self, *args, **kwargs):
    return _cased_only(_ascii_kind('istitle', self, args, kwargs), ' ').istitle()


# ---- int --------------------------------------------------------------------------------------

def _byteorder(function, byteorder):
    if byteorder is _MISSING:
        return False
    _str_argument(function, 'byteorder', byteorder)
    if byteorder != 'little' and byteorder != 'big':
        raise ValueError("byteorder must be either 'little' or 'big'")
    return byteorder == 'little'


def int_to_bytes(self, *args, **kwargs):
    length, byteorder, signed = _keywords('to_bytes', ('length', 'byteorder', 'signed'), args,
                                          kwargs, 2)
    length = 1 if length is _MISSING else _index(length)
    little = _byteorder('to_bytes', byteorder)
    signed = signed is not _MISSING and bool(signed)
    if length < 0:
        raise ValueError('length argument must be non-negative')
    if length > _MAX_LENGTH:
        raise MemoryError
    n = int.__index__(self)
    if signed:
        # A sign bit above the magnitude; 0 and -1 fit in no bytes at all.
        needed = (~n if n < 0 else n).bit_length()
        needed = needed + 1 if needed else 0
    elif n < 0:
        raise OverflowError("can't convert negative int to unsigned")
    else:
        needed = n.bit_length()
    if needed > 8 * length:
        raise OverflowError('int too big to convert')
    if n < 0:
        n += 1 << (8 * length)
    if length <= 16:
        data = [n >> shift & 255 for shift in range(0, 8 * length, 8)]  # little-endian
        if not little:
            data.reverse()
        return bytes(data)
    digits = format(n, 'x')
    digits = '0' * (2 * length - len(digits)) + digits
    data = bytes([int(digits[i:i + 2], 16) for i in range(0, 2 * length, 2)])
    return data[::-1] if little else data


def _bytes_of(value):
    # CPython's PyObject_Bytes: bytes, __bytes__, or an iterable of ints in range(256).
    if isinstance(value, bytes):
        return value
    if not isinstance(value, str):
        if getattr(type(value), '__bytes__', None) is not None:
            return bytes(value)
        try:
            iterator = iter(value)
        except TypeError:
            pass
        else:
            return bytes(iterator)
    raise TypeError(f"cannot convert '{type(value).__name__}' object to bytes")


def int_from_bytes(cls, *args, **kwargs):
    # A classmethod: cls is the class.
    data, byteorder, signed = _keywords('from_bytes', ('bytes', 'byteorder', 'signed'), args,
                                        kwargs, 2, 1)
    little = _byteorder('from_bytes', byteorder)
    signed = signed is not _MISSING and bool(signed)
    data = _bytes_of(data)
    if little:
        data = data[::-1]
    n = int(('%02x' * len(data)) % tuple(data), 16) if data else 0
    if signed and data and data[0] & 0x80:
        n -= 1 << (8 * len(data))
    return n if cls is int else cls(n)


# ---- float ------------------------------------------------------------------------------------

def float_hex(self, *args, **kwargs):
    # As CPython's float_hex: a 1 (0 for subnormals) before the point, 13 hex digits after.
    _no_arguments('float.hex', args, kwargs)
    x = float.__float__(self)
    if x != x or x in (math.inf, -math.inf):
        return repr(x)
    sign = '-' if math.copysign(1.0, x) < 0 else ''
    if x == 0:
        return sign + '0x0.0p+0'
    mantissa, exponent = math.frexp(abs(x))
    shift = 1 - max(-1021 - exponent, 0)
    mantissa = math.ldexp(mantissa, shift)
    exponent -= shift
    first = int(mantissa)
    fraction = int((mantissa - first) * (1 << 52))
    return f"{sign}0x{first}.{fraction:013x}p{'-' if exponent < 0 else '+'}{abs(exponent)}"


def _scan_float(s, p):
    # The end of the longest float at s[p:] (PyOS_string_to_double's end): p when none.
    n = len(s)
    i = p + (p < n and s[p] in '+-')
    word = s[i:i + 8].lower()
    if word == 'infinity':
        return i + 8
    if word[:3] in ('inf', 'nan'):
        return i + 3
    start = i
    while i < n and '0' <= s[i] <= '9':
        i += 1
    digits = i - start
    if i < n and s[i] == '.':
        i += 1
        start = i
        while i < n and '0' <= s[i] <= '9':
            i += 1
        digits += i - start
    if not digits:
        return p
    if i < n and s[i] in 'eE':
        j = i + 1 + (i + 1 < n and s[i + 1] in '+-')
        if j < n and '0' <= s[j] <= '9':
            while j < n and '0' <= s[j] <= '9':
                j += 1
            i = j
    return i


def complex_from_string(cls, original):
    # complex(str), as CPython's complex_subtype_from_string: Unicode decimal digits and spaces
    # count as their ASCII forms; underscores only between digits.
    s = ''.join(c if c < '\x80' else ' ' if c.isspace() else str(int(c)) if c.isdecimal()
                else c for c in original)
    if '_' in s:
        for i, c in enumerate(s):
            if c == '_' and not (0 < i < len(s) - 1 and s[i - 1].isdigit()
                                 and s[i + 1].isdigit()):
                raise ValueError(f"could not convert string to complex: {original!r}")
        s = s.replace('_', '')
    malformed = ValueError("complex() arg is a malformed string")
    s = s.strip(' \t\n\r\x0b\x0c')
    if s[:1] == '(':
        if s[-1:] != ')':
            raise malformed
        s = s[1:-1].strip(' \t\n\r\x0b\x0c')
    x = y = 0.0
    end = _scan_float(s, 0)
    if end:
        z = float(s[:end])
        if s[end:end + 1] in ('+', '-'):
            x = z
            p = end
            end = _scan_float(s, p)
            if end == p:
                y = 1.0 if s[p] == '+' else -1.0
                end = p + 1
            else:
                y = float(s[p:end])
            if s[end:end + 1] not in ('j', 'J'):
                raise malformed
            end += 1
        elif s[end:end + 1] in ('j', 'J'):
            y = z
            end += 1
        else:
            x = z
    else:
        end = s[:1] in ('+', '-')
        y = -1.0 if s[:1] == '-' else 1.0
        if s[end:end + 1] not in ('j', 'J'):
            raise malformed
        end += 1
    if end != len(s):
        raise malformed
    return complex.__new__(cls, x, y)


def float_fromhex(cls, *args, **kwargs):
    # A classmethod: cls is the class. As CPython's float_fromhex: [sign] ['0x'] digits
    # ['.' digits] ['p' [sign] decimal exponent], or inf, infinity, nan, with surrounding white
    # space; rounds half to even, subnormals included.
    text = _one_argument('float.fromhex', args, kwargs)
    if not isinstance(text, str):
        raise TypeError('bad argument type for built-in operation')
    result = _from_hex(text.strip(' \t\n\v\f\r'))
    return result if cls is float else cls(result)


def _from_hex(text):
    invalid = 'invalid hexadecimal floating-point string'
    negative = text[:1] == '-'
    if text[:1] in ('-', '+'):
        text = text[1:]
    word = text.lower()
    if word in ('inf', 'infinity', 'nan'):
        value = math.nan if word == 'nan' else math.inf
        return -value if negative else value
    pos = 2 if word[:2] == '0x' else 0
    end = len(text)
    hex_digits = '0123456789abcdefABCDEF'
    start = pos
    while pos < end and text[pos] in hex_digits:
        pos += 1
    digits = text[start:pos]
    fraction_digits = 0
    if pos < end and text[pos] == '.':
        start = pos = pos + 1
        while pos < end and text[pos] in hex_digits:
            pos += 1
        fraction_digits = pos - start
        digits += text[start:pos]
    if not digits:
        raise ValueError(invalid)
    exponent = 0
    if pos < end and text[pos] in 'pP':
        pos += 1
        exponent_negative = text[pos:pos + 1] == '-'
        if text[pos:pos + 1] in ('-', '+'):
            pos += 1
        start = pos
        while pos < end and text[pos] in '0123456789':
            pos += 1
        if start == pos:
            raise ValueError(invalid)
        exponent = min(int(text[start:pos]), 1 << 40)
        if exponent_negative:
            exponent = -exponent
    if pos != end:
        raise ValueError(invalid)
    zero = -0.0 if negative else 0.0
    mantissa = int(digits, 16)
    if not mantissa:
        return zero
    # The value is mantissa * 2**scale, in [2**(top - 1), 2**top).
    scale = exponent - 4 * fraction_digits
    top = mantissa.bit_length() + scale
    overflow = 'hexadecimal value too large to represent as a float'
    if top > 1024:
        raise OverflowError(overflow)
    if top <= -1075:
        return zero  # below half the smallest subnormal
    # The weight of the last bit kept: 53 significant bits, fewer for subnormals.
    lsb = max(top - 53, -1074)
    shift = lsb - scale
    if shift <= 0:
        kept = mantissa << -shift
    else:
        kept = mantissa >> shift
        dropped = mantissa - (kept << shift)
        half = 1 << (shift - 1)
        if dropped > half or (dropped == half and kept & 1):
            kept += 1
    if kept.bit_length() + lsb > 1024:
        raise OverflowError(overflow)  # rounded up to 2**1024
    result = math.ldexp(float(kept), lsb)
    return -result if negative else result


# ---- namedtuple classes (collections) ---------------------------------------------------------

def namedtuple__replace(*args, **kwargs):
    if not args:
        raise TypeError("_replace() missing 1 required positional argument: 'self'")
    self = args[0]
    if len(args) > 1:
        # Named after the namedtuple class that defines it, as CPython's qualname.
        owner = next(c for c in type(self).__mro__ if '_fields' in vars(c))
        raise TypeError(f'{owner.__name__}._replace() takes 1 positional argument but '
                        f'{len(args)} were given')
    items = list(self)
    for i, field in enumerate(type(self)._fields):
        if field in kwargs and i < len(items):
            items[i] = kwargs.pop(field)
    if kwargs:
        raise ValueError(f'Got unexpected field names: {list(kwargs)!r}')
    return type(self)._make(items)


# ---- SyntaxError ------------------------------------------------------------------------------
# Its msg reads args[0] and its other fields None until stored (exception_default in
# vm/builtin_attrs.cpp), so that the SyntaxErrors the engine raises need no __init__.

def SyntaxError___init__(self, *args, **kwargs):
    BaseException.__init__(self, *args, **kwargs)
    if len(args) == 2:
        info = tuple(args[1])
        if not 4 <= len(info) <= 6:
            bound = 'at least 4' if len(info) < 4 else 'at most 6'
            raise TypeError(f'function takes {bound} arguments ({len(info)} given)')
        if len(info) == 5:
            raise TypeError('end_offset must be provided when end_lineno is provided')
        (self.filename, self.lineno, self.offset, self.text, self.end_lineno,
         self.end_offset) = info + (None,) * (6 - len(info))


def SyntaxError___str__(self):
    # "msg (file.py, line 3)": the file's base name, the line only if it is an int.
    lineno = self.lineno if type(self.lineno) is int else None
    if isinstance(self.filename, str):
        where = self.filename.rpartition('/')[2]
        if lineno is not None:
            where += f', line {lineno}'
    elif lineno is None:
        return str(self.msg)
    else:
        where = f'line {lineno}'
    return f'{self.msg} ({where})'
