# traceback: print_exc, format_exc, print_exception, format_exception and
# format_exception_only for the exception being handled or a given one, with the text the
# engine prints for an uncaught exception (frames with their source lines and carets, the
# chain of causes and contexts), cut into the pieces CPython's format_exception returns. A
# traceback object given with the exception is the one shown for it. The stack summaries
# (extract_tb, extract_stack, format_list...) are CPython 3.11's, over the engine's positions
# and source lines (_traceback.position, .line) and its printer's anchors and widths;
# TracebackException formats with the engine's printer too. In the library archive
# (core/python/CMakeLists.txt).

import sys
from _traceback import format as _format, position as _position, line as _source_line, \
    anchors as _anchors, width as _width

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'FrameSummary',
           'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

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
    if tb is _sentinel:
        tb = value.__traceback__
    if limit is not None or getattr(sys, 'tracebacklimit', None) is not None:
        return list(TracebackException(type(value), value, tb, limit=limit,
                                       compact=True).format(chain=chain))
    return _engine_pieces(value, tb, chain)


def _engine_pieces(value, tb, chain):
    if tb is value.__traceback__:
        return _pieces(_format(value, chain))
    # format_exception(type, value, tb): shown with tb, the exception left as it was.
    own = value.__traceback__
    value.__traceback__ = tb
    try:
        return _pieces(_format(value, chain))
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
    for piece in format_exception(exc, value, tb, limit, chain):
        print(piece, file=file, end='')


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


# ---- Stack summaries (Lib/traceback.py's) ----

def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end='')


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    return StackSummary._extract_from_extended_frame_gen(_walk_tb_with_full_positions(tb),
                                                         limit=limit)


# The library's frames are hidden: sys._getframe() is the frame of the user's call.
def print_stack(f=None, limit=None, file=None):
    print_list(extract_stack(f or sys._getframe(), limit=limit), file=file)


def format_stack(f=None, limit=None):
    return format_list(extract_stack(f or sys._getframe(), limit=limit))


def extract_stack(f=None, limit=None):
    stack = StackSummary.extract(walk_stack(f or sys._getframe()), limit=limit)
    stack.reverse()
    return stack


def walk_stack(f):
    if f is None:
        # CPython's skips the frames of its own generator and the three calls above it.
        f = sys._getframe().f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_full_positions(tb):
    while tb is not None:
        positions = _position(tb.tb_frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            yield tb.tb_frame, (tb.tb_lineno,) + positions[1:]
        else:
            yield tb.tb_frame, positions
        tb = tb.tb_next


# The code of each file a summary was made from, for the lines of summaries made later
# (CPython's linecache reads the file).
_code_of_file = {}


class FrameSummary:
    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line',
                 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return '<FrameSummary file {filename}, line {lineno} in {name}>'.format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            code = _code_of_file.get(self.filename)
            self._line = _source_line(code, self.lineno) if code else ''
        return self._line.strip()


_RECURSIVE_CUTOFF = 3


class StackSummary(list):

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        def extended_frame_gen():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)

        return klass._extract_from_extended_frame_gen(
            extended_frame_gen(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None, lookup_lines=True,
                                         capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        frames = []
        for item in frame_gen:
            if limit is not None and 0 <= limit <= len(frames):
                break
            frames.append(item)
        if limit is not None and limit < 0:
            frames = frames[limit:]

        result = klass()
        for f, (lineno, end_lineno, colno, end_colno) in frames:
            code = f.f_code
            _code_of_file.setdefault(code.co_filename, code)
            summary = FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=False,
                                   locals=getattr(f, 'f_locals', None) if capture_locals else None,
                                   end_lineno=end_lineno, colno=colno, end_colno=end_colno)
            if lineno is not None:
                summary._line = _source_line(code, lineno)
            result.append(summary)
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            stripped_line = frame_summary.line.strip()
            row.append('    {}\n'.format(stripped_line))
            line = frame_summary._original_line
            stripped_characters = len(line) - len(frame_summary.line.lstrip())
            if frame_summary.colno is not None and frame_summary.end_colno is not None:
                start_offset = _byte_offset_to_character_offset(line, frame_summary.colno)
                end_offset = _byte_offset_to_character_offset(line, frame_summary.end_colno)
                code_segment = line[start_offset:end_offset]
                anchors = None
                if frame_summary.lineno == frame_summary.end_lineno:
                    anchors = _anchors(code_segment)
                else:
                    end_offset = len(line.rstrip())
                if end_offset - start_offset < len(stripped_line) or (
                        anchors and anchors[1] - anchors[0] > 0):
                    dp_start_offset = _width(line[:start_offset]) + 1
                    dp_end_offset = _width(line[:end_offset]) + 1
                    row.append('    ')
                    row.append(' ' * (dp_start_offset - stripped_characters))
                    if anchors:
                        dp_left_end_offset = _width(code_segment[:anchors[0]])
                        dp_right_start_offset = _width(code_segment[:anchors[1]])
                        row.append('~' * dp_left_end_offset)
                        row.append('^' * (dp_right_start_offset - dp_left_end_offset))
                        row.append('~' * (dp_end_offset - dp_start_offset -
                                          dp_right_start_offset))
                    else:
                        row.append('^' * (dp_end_offset - dp_start_offset))
                    row.append('\n')
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        result = []
        last_file = last_line = last_name = None
        count = 0
        for frame_summary in self:
            formatted_frame = self.format_frame_summary(frame_summary)
            if formatted_frame is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(f'  [Previous line repeated {count} more '
                                  f'time{"s" if count > 1 else ""}]\n')
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted_frame)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(f'  [Previous line repeated {count} more '
                          f'time{"s" if count > 1 else ""}]\n')
        return result


def _byte_offset_to_character_offset(str, offset):
    as_utf8 = str.encode('utf-8')
    return len(as_utf8[:offset].decode('utf-8', errors='replace'))


# ---- TracebackException ----

_cause_message = ('\nThe above exception was the direct cause of the following exception:\n\n')
_context_message = ('\nDuring handling of the above exception, another exception occurred:\n\n')


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


class TracebackException:

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback), limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        # The engine's printer draws the group's boxes and the last line.
        self._value = exc_value
        self._traceback = exc_traceback
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        self.__suppress_context__ = (exc_value.__suppress_context__ if exc_value is not None
                                     else False)

        def summary(e):
            if e is None or id(e) in _seen:
                return None
            return TracebackException(type(e), e, e.__traceback__, limit=limit,
                                      lookup_lines=lookup_lines, capture_locals=capture_locals,
                                      max_group_width=max_group_width,
                                      max_group_depth=max_group_depth, _seen=_seen)

        e = exc_value
        self.__cause__ = summary(e.__cause__) if e is not None else None
        if compact:
            need_context = self.__cause__ is None and e is not None and not e.__suppress_context__
        else:
            need_context = True
        self.__context__ = summary(e.__context__) if e is not None and need_context else None
        if e is not None and isinstance(e, BaseExceptionGroup):
            self.exceptions = [summary(member) for member in e.exceptions]
        else:
            self.exceptions = None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            yield f'None: {self._str}\n'
            return
        yield from format_exception_only(self._value)

    def format(self, *, chain=True):
        # (message, exception): the message leads from the exception printed before it.
        output = []
        exc = self
        while exc is not None:
            cause = message = None
            if chain and exc.__cause__ is not None:
                message, cause = _cause_message, exc.__cause__
            elif chain and exc.__context__ is not None and not exc.__suppress_context__:
                message, cause = _context_message, exc.__context__
            output.append((message, exc))
            exc = cause
        if any(exc.exceptions is not None for _, exc in output):
            yield from _engine_pieces(self._value, self._traceback, chain)
            return
        for message, exc in reversed(output):
            if message is not None:
                yield message
            if exc.stack:
                yield 'Traceback (most recent call last):\n'
                yield from exc.stack.format()
            yield from exc.format_exception_only()

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end='')
