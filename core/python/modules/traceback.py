# traceback: print_exc, format_exc, print_exception, format_exception and
# format_exception_only for the exception being handled or a given one, with the text the
# engine prints for an uncaught exception (frames with their source lines and carets, the
# chain of causes and contexts), cut into the pieces CPython's format_exception returns. A
# traceback object given with the exception is the one shown for it. extract_tb, walk_tb and
# stack summaries are not here. In the library archive (core/python/CMakeLists.txt).

import sys
from _traceback import format as _format

__all__ = ['format_exc', 'format_exception', 'format_exception_only', 'print_exc',
           'print_exception']

_SEPARATORS = ('During handling of the above exception, another exception occurred:',
               'The above exception was the direct cause of the following exception:')


def _value_of(exc, value):
    # print_exception(exc) (3.10) or print_exception(type, value, tb).
    if value is not _sentinel:
        return value
    return exc


_sentinel = object()


def _is_frame(line):
    # '  File "f.py", line 3, in f'; a SyntaxError's location has no function.
    return line.startswith('  File ') and ', in ' in line.rpartition('", line ')[2]


def _pieces(text):
    pieces = []
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines):
        line = lines[i]
        if line == '\n' and i + 2 < len(lines) and lines[i + 1].rstrip('\n') in _SEPARATORS:
            pieces.append(''.join(lines[i:i + 3]))
            i += 3
        elif _is_frame(line):
            end = i + 1
            while end < len(lines) and lines[end].startswith('    '):
                end += 1
            pieces.append(''.join(lines[i:end]))
            i = end
        else:
            pieces.append(line)
            i += 1
    return pieces


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value = _value_of(exc, value)
    if value is None:
        return ['NoneType: None\n']
    if tb is _sentinel or tb is value.__traceback__:
        return _pieces(_format(value))
    # format_exception(type, value, tb): shown with tb, the exception left as it was.
    own = value.__traceback__
    value.__traceback__ = tb
    try:
        return _pieces(_format(value))
    finally:
        value.__traceback__ = own


def format_exception_only(exc, /, value=_sentinel):
    value = _value_of(exc, value)
    if value is None:
        return ['NoneType: None\n']
    if isinstance(value, BaseExceptionGroup):
        # The group's own line and notes, not its sub-exceptions' (drawn in boxes below it).
        stype = type(value).__qualname__
        if type(value).__module__ not in ('__main__', 'builtins'):
            stype = type(value).__module__ + '.' + stype
        lines = [f'{stype}: {value}\n']
        for note in getattr(value, '__notes__', ()):
            lines.extend(line + '\n' for line in str(note).split('\n'))
        return lines
    pieces = _pieces(_format(value))
    start = len(pieces)
    while start > 0 and not (_is_frame(pieces[start - 1]) or
                             pieces[start - 1].startswith('Traceback ')):
        start -= 1
    return pieces[start:]


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for piece in format_exception(exc, value, tb):
        print(piece, file=file, end='')


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exception()))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), file=file)
