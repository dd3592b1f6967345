# re: regular expressions with CPython 3.11's syntax, results, reprs and error messages, written
# from the documented behaviour. A pattern is parsed to a tree, compiled to a program (a list of
# tuples) and run by a backtracking machine with an explicit stack, so a long subject never
# recurses. bytes are matched as their latin-1 decoding with ASCII rules. In the library archive
# (core/python/CMakeLists.txt).

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S',
           'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
           'UNICODE', 'NOFLAG', 'RegexFlag']


_FLAGS_BY_VALUE = (('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8),
                   ('DOTALL', 16), ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128),
                   ('ASCII', 256))


def _flag_names(value, order):
    return [name for name, bit in order if value & bit]


class RegexFlag(int):
    # the members' order, which the repr of a combination follows
    _order = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),
              ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1), ('DEBUG', 128))

    @property
    def name(self):
        return '|'.join(_flag_names(self, self._order)) or 'NOFLAG'

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        return '|'.join('re.' + n for n in _flag_names(self, self._order)) or 're.NOFLAG'

    __str__ = __repr__

    def __format__(self, spec):
        return format(int(self), spec) if spec else str(self)

    def __or__(self, other):
        return RegexFlag(int(self) | int(other)) if isinstance(other, int) else NotImplemented

    def __and__(self, other):
        return RegexFlag(int(self) & int(other)) if isinstance(other, int) else NotImplemented

    def __xor__(self, other):
        return RegexFlag(int(self) ^ int(other)) if isinstance(other, int) else NotImplemented

    __ror__, __rand__, __rxor__ = __or__, __and__, __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


RegexFlag.__module__ = 're'
NOFLAG = RegexFlag(0)
T = TEMPLATE = RegexFlag(1)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)
A = ASCII = RegexFlag(256)


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


error.__module__ = 're'

# ---- Character tests ------------------------------------------------------------------------------
# An instruction's opcode below 6 tests one character: (LIT, c), (ANY, None) for '.' without
# DOTALL, (ANYALL, None), (IN, frozenset), (NOTIN, frozenset), (FN, predicate).
LIT, ANY, ANYALL, IN, NOTIN, FN = range(6)
SPLIT, JMP, SAVE, CLOSE, AT, BREF, LOOK, ATOMIC, COND, MATCH, REP1, MARK, LOOPCHK, SETREG, COUNT, \
    CINC = range(6, 22)
# AT kinds
BEG, BOL, END, EOL, MEOL, WB, NWB, AWB, ANWB, ENDABS = range(10)

_ASCII_WORD = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
_ASCII_DIGIT = frozenset('0123456789')
_ASCII_SPACE = frozenset(' \t\n\r\f\v')


def _isword(c):
    return c.isalnum() or c == '_'


def _class_test(c, ascii):
    # (kind, arg) for \d \D \w \W \s \S
    if ascii:
        return (IN if c.islower() else NOTIN,
                {'d': _ASCII_DIGIT, 's': _ASCII_SPACE, 'w': _ASCII_WORD}[c.lower()])
    fn = {'d': str.isdecimal, 's': str.isspace, 'w': _isword}[c.lower()]
    return (FN, fn) if c.islower() else (FN, lambda ch: not fn(ch))


def _test(k, a, c):
    if k == LIT:
        return c == a
    if k == ANY:
        return c != '\n'
    if k == ANYALL:
        return True
    if k == IN:
        return c in a
    if k == NOTIN:
        return c not in a
    return a(c)


def _simple_variants(c):
    return {v for v in (c, c.lower(), c.upper()) if len(v) == 1}


# The characters that match, ignoring case, some character whose lower or upper case they are
# not (KELVIN SIGN and k): found by comparing with CPython over all characters.
_FOLD_EXTRA = ('Kis\xb5\xc5\u0131\u017f\u01c5\u01c8\u01cb\u01f2\u0345\u0398\u03a9'
               '\u03b2\u03b5\u03b8\u03b9\u03ba\u03bc\u03c0\u03c1\u03c2\u03c3\u03c6\u03d0\u03d1\u03d5'
               '\u03d6\u03f0\u03f1\u03f4\u03f5\u0432\u0434\u043e\u0441\u0442\u044a\u0463\u1c80\u1c81'
               '\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88\u1e61\u1e9b\u1e9e\u1f88\u1f89\u1f8a\u1f8b'
               '\u1f8c\u1f8d\u1f8e\u1f8f\u1f98\u1f99\u1f9a\u1f9b\u1f9c\u1f9d\u1f9e\u1f9f\u1fa8\u1fa9'
               '\u1faa\u1fab\u1fac\u1fad\u1fae\u1faf\u1fbc\u1fbe\u1fcc\u1ffc\u2126\u212a\u212b\ua64b')
_fold_map = {}


def _case_variants(c, ascii):
    # the characters c matches ignoring case
    if ascii:
        return _simple_variants(c) if c in _ASCII_WORD else {c}
    if not _fold_map:
        for d in _FOLD_EXTRA:
            for x in _simple_variants(d):
                _fold_map.setdefault(x, set()).add(d)
    v = _simple_variants(c)
    for x in list(v):
        v |= _fold_map.get(x, set())
    return v


def _char_node(c, icase, ascii):
    if icase:
        v = _case_variants(c, ascii)
        if len(v) > 1:
            return ('c', IN, frozenset(v))
    return ('c', LIT, c)


# ---- Parser ---------------------------------------------------------------------------------------
_FLAG_LETTERS = {'i': 2, 'L': 4, 'm': 8, 's': 16, 'u': 32, 'x': 64, 'a': 256}
_REPEAT_CHARS = '*+?{'


class _Parser:
    def __init__(self, pattern, text, flags):
        self.pattern = pattern  # as given (str or bytes), for errors
        self.s = text
        self.n = len(text)
        self.i = 0
        self.flags = flags
        self.ngroups = 0
        self.names = {}
        self.open = set()
        self.forward_refs = {}  # conditionals' groups, which may follow them
        self.widths = {}  # of the closed groups, for the backreferences in a look-behind
        self.lookbehind_groups = 1 << 30  # the groups before the innermost look-behind

    def error(self, msg, pos):
        return error(msg, self.pattern, pos)

    def parse(self):
        node = self.alternation(0)
        if self.i < self.n:
            raise self.error('unbalanced parenthesis', self.i)
        for g, at in self.forward_refs.items():
            if g > self.ngroups:
                raise self.error('invalid group reference %d' % g, at)
        return node

    def skip_verbose(self, flags):
        s, n = self.s, self.n
        while self.i < n and flags & 64:
            c = s[self.i]
            if c in ' \t\n\r\f\v':
                self.i += 1
            elif c == '#':
                e = s.find('\n', self.i)
                self.i = n if e < 0 else e + 1
            else:
                break

    def alternation(self, depth, bars=None):
        # the branches up to an unmatched ')' or the end; bars (a conditional's) gets their '|'.
        # Two frames per nesting level (this and group), as CPython's parser has.
        branches, items = [], []
        s, n = self.s, self.n
        first = depth == 0 and self.i == 0
        while True:
            flags = self.flags
            self.skip_verbose(flags)
            if self.i >= n or s[self.i] in '|)':
                branches.append(items[0] if len(items) == 1 else ('cat', items))
                if self.i >= n or s[self.i] == ')':
                    break
                if bars is not None:
                    if bars:  # a conditional's third
                        raise self.error('conditional backref with more than two branches',
                                         self.i)
                    bars.append(self.i)
                self.i += 1
                items = []
                continue
            if s[self.i] == '(':
                self.i += 1
                item = self.group(depth, first and not items)
            else:
                item = self.atom()
            if item is None:
                continue
            first = False
            self.skip_verbose(flags)
            if self.i < n and s[self.i] in _REPEAT_CHARS:
                at = self.i
                q = self.quantifier()
                if q is not None:
                    if item[0] == 'at':
                        raise self.error('nothing to repeat', at)
                    mn, mx = q
                    mode = 0
                    if self.i < n and s[self.i] == '?':
                        mode = 1
                        self.i += 1
                    elif self.i < n and s[self.i] == '+':
                        mode = 2
                        self.i += 1
                    item = ('rep', item, mn, mx, mode)
                    self.skip_verbose(flags)
                    if self.i < n and s[self.i] in _REPEAT_CHARS:
                        at = self.i
                        if self.quantifier() is not None:
                            raise self.error('multiple repeat', at)
                        self.i = at
            items.append(item)
        return branches[0] if len(branches) == 1 else ('alt', branches)

    def quantifier(self):
        # (min, max) at self.i, or None for a '{' that is a literal
        s, i = self.s, self.i
        c = s[i]
        if c == '*':
            self.i += 1
            return 0, -1
        if c == '+':
            self.i += 1
            return 1, -1
        if c == '?':
            self.i += 1
            return 0, 1
        e = s.find('}', i)
        if e < 0:
            return None
        body = s[i + 1:e]
        lo, comma, hi = body.partition(',')
        if not all(ch in '0123456789' for ch in lo + hi) or not (lo or comma):
            return None
        mn = int(lo) if lo else 0
        mx = (int(hi) if hi else -1) if comma else mn
        if mn >= 4294967295 or mx >= 4294967295:
            raise OverflowError('the repetition number is too large')
        if mx >= 0 and mn > mx:
            raise self.error('min repeat greater than max repeat', i + 1)
        self.i = e + 1
        return mn, mx

    def atom(self):
        s, i = self.s, self.i
        c = s[i]
        flags = self.flags
        self.i = i + 1
        if c == '[':
            return self.char_class(i)
        if c == '.':
            return ('c', ANYALL if flags & 16 else ANY, None)
        if c == '^':
            return ('at', BOL if flags & 8 else BEG)
        if c == '$':
            return ('at', MEOL if flags & 8 else EOL)
        if c == '\\':
            return self.escape(i)
        if c in '*+?':
            raise self.error('nothing to repeat', i)
        if c == '{':
            self.i = i
            if self.quantifier() is not None:
                raise self.error('nothing to repeat', i)
            self.i = i + 1
        return _char_node(c, flags & 2, flags & 256)

    def group_name(self, terminator):
        e = self.s.find(terminator, self.i)
        if e < 0:
            if self.i >= self.n:
                raise self.error('missing group name', self.i)
            raise self.error('missing %s, unterminated name' % terminator, self.i)
        name = self.s[self.i:e]
        if not name:
            raise self.error('missing group name', self.i)
        if not name.isidentifier():
            raise self.error('bad character in group name %r' % name, self.i)
        self.i = e + 1
        return name

    def close_paren(self, start):
        if self.i >= self.n or self.s[self.i] != ')':
            raise self.error('missing ), unterminated subpattern', start)
        self.i += 1

    def group(self, depth, first):
        s, n, start = self.s, self.n, self.i - 1
        if self.i < n and s[self.i] == '?':
            self.i += 1
            if self.i >= n:
                raise self.error('unexpected end of pattern', self.i)
            c = s[self.i]
            self.i += 1
            if c == ':':
                g = None
            elif c == 'P':
                if self.i >= n:
                    raise self.error('unexpected end of pattern', self.i)
                c = s[self.i]
                self.i += 1
                if c == '<':
                    name = self.group_name('>')
                    if name in self.names:
                        raise self.error('redefinition of group name %r as group %d; was group %d'
                                         % (name, self.ngroups + 1, self.names[name]),
                                         self.i - len(name) - 1)
                    self.names[name] = self.ngroups + 1
                    g = self.ngroups + 1
                elif c == '=':
                    at = self.i
                    name = self.group_name(')')
                    g = self.names.get(name)
                    if g is None:
                        raise self.error('unknown group name %r' % name, at)
                    if g in self.open:
                        raise self.error('cannot refer to an open group', at)
                    return self.backref(g)
                else:
                    raise self.error('unknown extension ?P' + c, start + 1)
            elif c == '#':
                e = s.find(')', self.i)
                if e < 0:
                    raise self.error('missing ), unterminated comment', start)
                self.i = e + 1
                return None
            elif c in '=!':
                node = self.alternation(depth + 1)
                self.close_paren(start)
                return ('look', -1, c == '!', node)
            elif c == '<':
                if self.i >= n:
                    raise self.error('unexpected end of pattern', self.i)
                c = s[self.i]
                if c not in '=!':
                    raise self.error('unknown extension ?<' + c, start + 1)
                self.i += 1
                outer = self.lookbehind_groups
                self.lookbehind_groups = self.ngroups
                node = self.alternation(depth + 1)
                self.lookbehind_groups = outer
                self.close_paren(start)
                lo, hi = _width(node)
                if lo != hi:
                    raise error('look-behind requires fixed-width pattern')
                return ('look', lo, c == '!', node)
            elif c == '>':
                node = self.alternation(depth + 1)
                self.close_paren(start)
                return ('atomic', node)
            elif c == '(':
                return self.conditional(depth, start)
            elif c in _FLAG_LETTERS or c == '-':
                return self.inline_flags(c, depth, first, start)
            else:
                raise self.error('unknown extension ?' + c, start + 1)
        else:
            g = self.ngroups + 1
        if g is not None:
            self.ngroups = g
            self.open.add(g)
        node = self.alternation(depth + 1)
        self.close_paren(start)
        self.open.discard(g)
        self.widths[g] = _width(node)
        return ('grp', g, node)

    def conditional(self, depth, start):
        at = self.i
        e = self.s.find(')', at)
        if e < 0:
            raise self.error('missing ), unterminated name', at)
        name = self.s[at:e]
        if name.isdigit() and all(ch in '0123456789' for ch in name):
            g = int(name)
            if not g:
                raise self.error('bad group number', at)
            self.forward_refs.setdefault(g, at)
        else:
            if not name.isidentifier():
                raise self.error('bad character in group name %r' % name, at)
            g = self.names.get(name)
            if g is None:
                raise self.error('unknown group name %r' % name, at)
        self.i = e + 1
        bars = []
        node = self.alternation(depth + 1, bars)
        self.close_paren(start)
        return ('cond', g) + (tuple(node[1]) if bars else (node, ('cat', [])))

    def inline_flags(self, c, depth, first, start):
        s, n = self.s, self.n
        on = off = 0
        while c in _FLAG_LETTERS:
            if c in 'Lu' and (c == 'L') != self.is_bytes():
                raise self.error("bad inline flags: cannot use '%s' flag with a %s pattern"
                                 % (c, 'bytes' if c == 'u' else 'str'), self.i)
            if c in 'au' and on & 288:
                raise self.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                                 self.i)
            on |= _FLAG_LETTERS[c]
            if self.i >= n:
                raise self.error('missing -, : or )', self.i)
            c = s[self.i]
            self.i += 1
        if c == ')':
            if not first:
                raise self.error('global flags not at the start of the expression', start)
            self.flags |= on
            return None
        if c == '-':
            if self.i >= n:
                raise self.error('missing flag', self.i)
            c = s[self.i]
            self.i += 1
            if c not in _FLAG_LETTERS:
                raise self.error('missing flag' if c in ':)' else 'unknown flag', self.i - 1)
            while c in _FLAG_LETTERS:
                if c in 'auL':
                    raise self.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                                     self.i)
                off |= _FLAG_LETTERS[c]
                if self.i >= n:
                    raise self.error('missing :', self.i)
                c = s[self.i]
                self.i += 1
            if c != ':':
                raise self.error('missing :' if c == ')' else 'unknown flag', self.i - 1)
            if on & off:
                raise self.error('bad inline flags: flag turned on and off', self.i - 1)
        elif c != ':':
            raise self.error('missing -, : or )' if not c.isalpha() else 'unknown flag',
                             self.i - 1)
        saved = self.flags
        self.flags = (saved & ~(288 if on & 288 else 0) | on) & ~off  # (?a:) (?u:) replace
        node = self.alternation(depth + 1)
        self.flags = saved
        self.close_paren(start)
        return ('grp', None, node)

    def escape(self, start):
        s, n, flags = self.s, self.n, self.flags
        if self.i >= n:
            raise self.error('bad escape (end of pattern)', start)
        c = s[self.i]
        self.i += 1
        if c in 'dDwWsS':
            k, a = _class_test(c, flags & 256)
            return ('c', k, a)
        if c == 'A':
            return ('at', BEG)
        if c == 'Z':
            return ('at', ENDABS)
        if c in 'bB':
            return ('at', (WB if c == 'b' else NWB) + (2 if flags & 256 else 0))
        if c in '123456789':
            j = self.i
            if c in '01234567' and j + 1 < n and s[j] in '01234567' and s[j + 1] in '01234567':
                self.i = j + 2
                return _char_node(self.octal(c + s[j:j + 2], start), flags & 2, flags & 256)
            digits = c
            if j < n and s[j] in '0123456789':
                digits += s[j]
                self.i += 1
            g = int(digits)
            if g > self.ngroups:
                raise self.error('invalid group reference %d' % g, start + 1)
            if g in self.open:
                raise self.error('cannot refer to an open group', start)
            return self.backref(g)
        return _char_node(self.char_escape(c, start, False), flags & 2, flags & 256)

    def backref(self, g):
        if g > self.lookbehind_groups:
            raise self.error('cannot refer to group defined in the same lookbehind subpattern',
                             self.i)
        return ('bref', g, self.flags & 2, self.widths[g])

    def octal(self, digits, start):
        v = int(digits, 8)
        if v > 0o377:
            raise self.error('octal escape value \\%s outside of range 0-0o377' % digits, start)
        return chr(v)

    def char_escape(self, c, start, in_class):
        # the character an escape other than a class or an anchor stands for
        s, n = self.s, self.n
        simple = {'a': '\a', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v',
                  '\\': '\\'}
        if c in simple:
            return simple[c]
        if c == 'b' and in_class:
            return '\b'
        if c in 'xuU' and not (c != 'x' and self.is_bytes()):
            size = {'x': 2, 'u': 4, 'U': 8}[c]
            j = self.i
            while j < n and j - self.i < size and s[j] in '0123456789abcdefABCDEF':
                j += 1
            text = s[self.i:j]
            self.i = j
            if len(text) < size:
                raise self.error('incomplete escape \\%s%s' % (c, text), start)
            v = int(text, 16)
            if v > 0x10FFFF:
                raise self.error('bad escape \\%s%s' % (c, text), start)
            return chr(v)
        if c == 'N' and not self.is_bytes():
            if self.i >= n or s[self.i] != '{':
                raise self.error('missing {', self.i)
            e = s.find('}', self.i)
            if e < 0:
                raise self.error('missing }, unterminated name', self.i + 1)
            name = s[self.i + 1:e]
            if not name:
                raise self.error('missing character name', self.i + 1)
            self.i = e + 1
            try:
                if not all(ch.isalnum() or ch in ' -' for ch in name):
                    raise SyntaxError
                return eval('"\\N{' + name + '}"')
            except SyntaxError:
                raise self.error('undefined character name %r' % name, start) from None
        if c == '0':
            j = self.i
            while j < n and j - self.i < 2 and s[j] in '01234567':
                j += 1
            digits = s[self.i - 1:j]
            self.i = j
            return chr(int(digits, 8))
        if in_class and c in '1234567':
            j = self.i
            while j < n and j - self.i < 2 and s[j] in '01234567':
                j += 1
            digits = s[self.i - 1:j]
            self.i = j
            return self.octal(digits, start)
        if c in _ASCII_WORD:
            raise self.error('bad escape \\' + c, start)
        return c

    def is_bytes(self):
        return not isinstance(self.pattern, str)

    def char_class(self, start):
        s, n, flags = self.s, self.n, self.flags
        icase, ascii = flags & 2, flags & 256
        negate = False
        if self.i < n and s[self.i] == '^':
            negate = True
            self.i += 1
        singles, ranges, tests = set(), [], []
        first = True
        while True:
            if self.i >= n:
                raise self.error('unterminated character set', start)
            at = self.i
            c = s[at]
            self.i += 1
            if c == ']' and not first:
                break
            first = False
            lo = c
            if c == '\\':
                lo = self.class_item_escape(at)
                if not isinstance(lo, str):
                    if self.i + 1 < n and s[self.i] == '-' and s[self.i + 1] != ']':
                        raise self.error('bad character range %s-%s'
                                         % (s[at:self.i], s[self.i + 1]), at)
                    tests.append(lo)
                    continue
            if self.i + 1 < n and s[self.i] == '-' and s[self.i + 1] != ']':
                self.i += 1
                hat = self.i
                hi = s[hat]
                self.i += 1
                if hi == '\\':
                    hi = self.class_item_escape(hat)
                    if not isinstance(hi, str):
                        raise self.error('bad character range %s-%s'
                                         % (s[at:hat - 1], s[hat:self.i]), at)
                if hi < lo:
                    raise self.error('bad character range %s-%s' % (s[at:hat - 1], s[hat:self.i]),
                                     at)
                ranges.append((lo, hi))
            else:
                singles.add(lo)
        if icase:
            singles = {v for c in singles for v in _case_variants(c, ascii)}
        if not ranges and not tests:
            if len(singles) == 1 and not negate:
                return ('c', LIT, singles.pop())
            return ('c', NOTIN if negate else IN, frozenset(singles))
        singles = frozenset(singles)
        fns = [(lambda ch, a=a: ch in a) if k == IN else (lambda ch, a=a: ch not in a)
               if k == NOTIN else a for k, a in tests]

        def test(ch):
            if ch in singles:
                return True
            for lo, hi in ranges:
                if lo <= ch <= hi:
                    return True
            for f in fns:
                if f(ch):
                    return True
            return False

        fn = test
        if icase and ranges:
            fn = lambda ch: any(test(v) for v in _case_variants(ch, ascii))
        if negate:
            return ('c', FN, lambda ch: not fn(ch))
        return ('c', FN, fn)

    def class_item_escape(self, at):
        # a character, or a (kind, arg) test for \d \w \s and their negations
        if self.i >= self.n:
            raise self.error('bad escape (end of pattern)', at)
        c = self.s[self.i]
        self.i += 1
        if c in 'dDwWsS':
            return _class_test(c, self.flags & 256)
        return self.char_escape(c, at, True)


def _width(node):
    # (min, max) characters a node matches; max None when unbounded
    t = node[0]
    if t == 'c':
        return 1, 1
    if t in ('at', 'look'):
        return 0, 0
    if t == 'cat':
        lo, hi = 0, 0
        for sub in node[1]:
            a, b = _width(sub)
            lo += a
            hi = None if hi is None or b is None else hi + b
        return lo, hi
    if t == 'alt' or t == 'cond':
        ws = [_width(sub) for sub in (node[1] if t == 'alt' else node[2:])]
        his = [b for a, b in ws]
        return min(a for a, b in ws), None if None in his else max(his)
    if t == 'grp':
        return _width(node[2])
    if t == 'atomic':
        return _width(node[1])
    if t == 'rep':
        a, b = _width(node[1])
        mx = node[3]
        return a * node[2], None if mx < 0 or b is None else b * mx
    return node[3]  # a backreference: its group's


# ---- Compiler ---------------------------------------------------------------------------------------
class _Compiler:
    def __init__(self, ngroups):
        self.last_slot = 2 * ngroups + 2  # the last closed group, for Match.lastindex
        self.next_slot = self.last_slot + 1  # the loops' marks

    def program(self, node):
        prog = []
        self.emit(node, prog)
        prog.append((MATCH,))
        return prog

    def emit(self, node, prog):
        t = node[0]
        if t == 'c':
            prog.append((node[1], node[2]))
        elif t == 'cat':
            for sub in node[1]:
                self.emit(sub, prog)
        elif t == 'alt':
            jumps = []
            branches = node[1]
            for k, sub in enumerate(branches):
                if k < len(branches) - 1:
                    split = len(prog)
                    prog.append(None)
                    self.emit(sub, prog)
                    jumps.append(len(prog))
                    prog.append(None)
                    prog[split] = (SPLIT, split + 1, len(prog))
                else:
                    self.emit(sub, prog)
            for j in jumps:
                prog[j] = (JMP, len(prog))
        elif t == 'grp':
            g = node[1]
            if g is None:
                self.emit(node[2], prog)
                return
            prog.append((SAVE, 2 * g))
            self.emit(node[2], prog)
            prog.append((CLOSE, g, self.last_slot))
        elif t == 'at':
            prog.append((AT, node[1]))
        elif t == 'bref':
            prog.append((BREF, node[1], node[2]))
        elif t == 'look':
            prog.append((LOOK, node[1], node[2], self.program(node[3])))
        elif t == 'atomic':
            prog.append((ATOMIC, self.program(node[1])))
        elif t == 'cond':
            at = len(prog)
            prog.append(None)
            self.emit(node[2], prog)
            jump = len(prog)
            prog.append(None)
            prog[at] = (COND, node[1], len(prog))
            self.emit(node[3], prog)
            prog[jump] = (JMP, len(prog))
        else:
            self.repeat(node, prog)

    def repeat(self, node, prog):
        _, sub, mn, mx, mode = node
        if sub[0] == 'c':
            prog.append((REP1, sub[1], sub[2], mn, mx, mode))
            return
        if mode == 2:
            prog.append((ATOMIC, self.program(('rep', sub, mn, mx, 0))))
            return
        # an optional iteration that matched nothing ends the repetition: the next one is not
        # tried (a lazy repetition fails instead); a mark keeps where the last one started
        slot = None
        if _width(sub)[0] == 0 and mx != mn:
            slot = self.next_slot
            self.next_slot += 1
            prog.append((SETREG, slot, -1))
        if max(mn, mx) > 4:
            # a loop with a counter rather than copies of the body: (x{1000}){1000} stays small
            counter = self.next_slot
            self.next_slot += 1
            prog.append((SETREG, counter, 0))
            loop = len(prog)
            mark = -1 if slot is None else slot
            prog.append(None)
            prog.append((CINC, counter, mn, mark))
            self.emit(sub, prog)
            prog.append((JMP, loop))
            prog[loop] = (COUNT, counter, mn, mx, mode, len(prog), mark)
            return
        for _ in range(mn):
            self.emit(sub, prog)
        splits, checks = [], []
        loop = len(prog)
        for _ in range(mx - mn if mx >= 0 else 1):
            if slot is not None and not mode:
                checks.append(len(prog))
                prog.append(None)
            splits.append(len(prog))
            prog.append(None)
            if slot is not None:
                if mode:
                    checks.append(len(prog))
                    prog.append(None)
                prog.append((MARK, slot))
            self.emit(sub, prog)
        if mx < 0:
            prog.append((JMP, loop))
        end = len(prog)
        for at in splits:
            prog[at] = (SPLIT, end, at + 1) if mode else (SPLIT, at + 1, end)
        for at in checks:
            prog[at] = (LOOPCHK, slot, -1 if mode else end)


# ---- The matching machine -------------------------------------------------------------------------
def _apply(regs, new, stack):
    # copies the registers a sub-match set, logging the old values for backtracking
    for k in range(len(regs)):
        if regs[k] != new[k]:
            if stack:
                stack.append((1, k, regs[k]))
            regs[k] = new[k]


def _run(prog, s, pos, regs, must_advance):
    # the end of a match of prog at pos (regs updated), or -1
    n = len(s)
    start = pos
    stack = []
    pc = 0
    while True:
        op = prog[pc]
        k = op[0]
        if k == LIT:
            if pos < n and s[pos] == op[1]:
                pos += 1
                pc += 1
                continue
        elif k == REP1:
            _, t, a, mn, mx, mode = op
            lim = n if mx < 0 or pos + mx > n else pos + mx
            if mode == 1:
                j = pos + mn
                if j > lim or not all(_test(t, a, c) for c in s[pos:j]):
                    j = -1
                elif j < lim:
                    stack.append((3, pc + 1, j, lim, t, a))
            else:
                j = pos
                if t == LIT:
                    while j < lim and s[j] == a:
                        j += 1
                elif t == ANY:
                    j = s.find('\n', pos, lim)
                    if j < 0:
                        j = lim
                elif t == ANYALL:
                    j = lim
                elif t == IN:
                    while j < lim and s[j] in a:
                        j += 1
                elif t == NOTIN:
                    while j < lim and s[j] not in a:
                        j += 1
                else:
                    while j < lim and a(s[j]):
                        j += 1
                if j - pos < mn:
                    j = -1
                elif mode == 0 and j > pos + mn:
                    stack.append((2, pc + 1, pos + mn, j - 1))
            if j >= 0:
                pos = j
                pc += 1
                continue
        elif k < SPLIT:
            if pos < n and _test(k, op[1], s[pos]):
                pos += 1
                pc += 1
                continue
        elif k == SPLIT:
            stack.append((0, op[2], pos))
            pc = op[1]
            continue
        elif k == JMP:
            pc = op[1]
            continue
        elif k == SAVE or k == MARK:
            slot = op[1]
            if stack:
                stack.append((1, slot, regs[slot]))
            regs[slot] = pos
            pc += 1
            continue
        elif k == CLOSE:
            slot = 2 * op[1] + 1
            if stack:
                stack.append((1, slot, regs[slot]))
                stack.append((1, op[2], regs[op[2]]))
            regs[slot] = pos
            regs[op[2]] = op[1]
            pc += 1
            continue
        elif k == AT:
            a = op[1]
            if a == BEG:
                ok = pos == 0
            elif a == BOL:
                ok = pos == 0 or s[pos - 1] == '\n'
            elif a == ENDABS:
                ok = pos == n
            elif a == EOL:
                ok = pos == n or (pos == n - 1 and s[pos] == '\n')
            elif a == MEOL:
                ok = pos == n or s[pos] == '\n'
            else:
                word = _isword if a < AWB else _ASCII_WORD.__contains__
                ok = (pos > 0 and word(s[pos - 1])) != (pos < n and word(s[pos]))
                ok = ok if a in (WB, AWB) else not ok and n > 0  # \B never matches ''
            if ok:
                pc += 1
                continue
        elif k == MATCH:
            if not (must_advance and pos == start):
                return pos
        elif k == LOOPCHK:
            if pos != regs[op[1]]:
                pc += 1
                continue
            if op[2] >= 0:
                pc = op[2]
                continue
        elif k == BREF:
            g = op[1]
            a, b = regs[2 * g], regs[2 * g + 1]
            if a >= 0 and b >= 0:
                text = s[a:b]
                e = pos + b - a
                if (s[pos:e].lower() == text.lower() if op[2] else s.startswith(text, pos)) and e <= n:
                    pos = e
                    pc += 1
                    continue
        elif k == LOOK:
            width = op[1]
            sub = regs[:]
            at = pos if width < 0 else pos - width
            end = -1 if at < 0 else _run(op[3], s, at, sub, False)
            if op[2]:
                if end < 0:
                    pc += 1
                    continue
            elif end >= 0:
                _apply(regs, sub, stack)
                pc += 1
                continue
        elif k == ATOMIC:
            sub = regs[:]
            end = _run(op[1], s, pos, sub, False)
            if end >= 0:
                _apply(regs, sub, stack)
                pos = end
                pc += 1
                continue
        elif k == SETREG:
            slot = op[1]
            if stack:
                stack.append((1, slot, regs[slot]))
            regs[slot] = op[2]
            pc += 1
            continue
        elif k == COUNT:
            _, counter, mn, mx, mode, end, mark = op
            c = regs[counter]
            if c < mn:
                pc += 1
            elif mx >= 0 and c >= mx or mark >= 0 and pos == regs[mark]:
                pc = end
            elif mode:
                stack.append((0, pc + 1, pos))
                pc = end
            else:
                stack.append((0, end, pos))
                pc += 1
            continue
        elif k == CINC:
            _, counter, mn, mark = op
            c = regs[counter]
            if stack:
                stack.append((1, counter, c))
            if mark >= 0 and c >= mn:
                if stack:
                    stack.append((1, mark, regs[mark]))
                regs[mark] = pos
            regs[counter] = c + 1
            pc += 1
            continue
        elif k == COND:
            g = op[1]
            pc = pc + 1 if regs[2 * g] >= 0 and regs[2 * g + 1] >= 0 else op[2]
            continue
        # failure: backtrack
        while stack:
            e = stack.pop()
            t = e[0]
            if t == 0:
                pc, pos = e[1], e[2]
                break
            if t == 1:
                regs[e[1]] = e[2]
            elif t == 2:
                pc, lo, pos = e[1], e[2], e[3]
                nxt = prog[pc]
                if nxt[0] == LIT:
                    pos = s.rfind(nxt[1], lo, pos + 1)
                    if pos < 0:
                        continue
                if pos > lo:
                    stack.append((2, pc, lo, pos - 1))
                break
            else:
                _, pc, pos, lim, t, a = e
                if _test(t, a, s[pos]):
                    pos += 1
                    if pos < lim:
                        stack.append((3, pc, pos, lim, t, a))
                    break
        else:
            return -1


# ---- Pattern and Match ----------------------------------------------------------------------------
def _subject(pattern, string):
    if isinstance(string, str):
        if pattern._bytes:
            raise TypeError('cannot use a bytes pattern on a string-like object')
        return string
    if isinstance(string, bytes):
        if not pattern._bytes:
            raise TypeError('cannot use a string pattern on a bytes-like object')
        return string.decode('latin-1')
    raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)


class Pattern:
    def __init__(self, pattern, flags):
        self._bytes = not isinstance(pattern, str)
        text = pattern.decode('latin-1') if self._bytes else pattern
        if self._bytes:
            if flags & 32:
                raise ValueError('cannot use UNICODE flag with a bytes pattern')
            flags |= 256
        elif flags & 4:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        parser = _Parser(pattern, text, flags)
        tree = parser.parse()
        flags = parser.flags
        if self._bytes:
            flags &= ~256
        elif not flags & 256:
            flags |= 32
        if flags & 288 == 288:
            raise ValueError('ASCII and UNICODE flags are incompatible')
        self.pattern = pattern
        self.flags = flags
        self.groups = parser.ngroups
        import types
        self.groupindex = types.MappingProxyType(
            dict(sorted(parser.names.items(), key=lambda kv: kv[1])))
        compiler = _Compiler(parser.ngroups)
        self._prog = compiler.program(tree)
        self._full = self._prog[:-1] + [(AT, ENDABS), (MATCH,)]
        self._nregs = compiler.next_slot
        # what the first character of a match must pass, for search to skip to it
        first = next(op for op in self._prog if op[0] != SAVE)
        if first[0] == REP1 and first[3] > 0:
            first = first[1:3]
        self._first = first if first[0] < SPLIT else None

    def __repr__(self):
        flags = self.flags & ~(0 if self._bytes else 32)
        text = repr(self.pattern)[:200]
        if flags:
            names = '|'.join('re.' + n for n in _flag_names(flags, _FLAGS_BY_VALUE))
            return 're.compile(%s, %s)' % (text, names)
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _find(self, string, s, pos, mode, must_advance=False):
        # a Match for s (the subject as str, cut at endpos) at or after pos; mode 0 searches,
        # 1 matches at pos, 2 matches all of it
        prog = self._full if mode == 2 else self._prog
        n = len(s)
        nregs = self._nregs
        first = self._first
        while pos <= n:
            if mode == 0 and first is not None:
                k, a = first
                if k == LIT:
                    pos = s.find(a, pos)
                    if pos < 0:
                        return None
                else:
                    while pos < n and not _test(k, a, s[pos]):
                        pos += 1
                    if pos >= n:
                        return None
            regs = [-1] * nregs
            end = _run(prog, s, pos, regs, must_advance)
            if end >= 0:
                regs[0], regs[1] = pos, end
                return Match(self, string, regs, self.groups)
            if mode:
                return None
            must_advance = False
            pos += 1
        return None

    def _prepare(self, string, pos, endpos):
        s = _subject(self, string)
        n = len(s)
        pos = min(max(pos, 0), n)  # past endpos: no match
        if endpos is not None and endpos < n:
            n = max(endpos, 0)
            s = s[:n]
        return s, pos, n

    def _start(self, string, pos, endpos, mode):
        s, pos, n = self._prepare(string, pos, endpos)
        m = self._find(string, s, pos, mode)
        if m is not None:
            m.pos, m.endpos = pos, n
        return m

    def match(self, string, pos=0, endpos=None):
        return self._start(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._start(string, pos, endpos, 2)

    def search(self, string, pos=0, endpos=None):
        return self._start(string, pos, endpos, 0)

    def finditer(self, string, pos=0, endpos=None):
        s, pos, n = self._prepare(string, pos, endpos)
        return self._iterate(string, s, pos, n)

    def _iterate(self, string, s, pos, n):
        start = pos
        must_advance = False
        while pos <= n:
            m = self._find(string, s, pos, 0, must_advance)
            if m is None:
                return
            m.pos, m.endpos = start, n
            yield m
            pos = m._regs[1]
            must_advance = pos == m._regs[0]

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                out.append(m.group(1) or string[:0])
            else:
                out.append(m.groups(string[:0]))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        for m in self.finditer(string) if maxsplit >= 0 else ():
            if 0 < maxsplit <= len(out) // (self.groups + 1):
                break
            a, b = m.span()
            out.append(string[last:a])
            out.extend(m.groups())
            last = b
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            expand = repl
        else:
            template = _parse_template(self, repl)
            if len(template) == 1 and isinstance(template[0], (str, bytes)):
                expand = lambda m: template[0]
            else:
                expand = lambda m: _expand(m, template)
        pieces = []
        last = 0
        n = 0
        for m in self.finditer(string) if count >= 0 else ():
            if 0 < count <= n:
                break
            a, b = m.span()
            if a > last:
                pieces.append(string[last:a])
            piece = expand(m)
            if piece is not None:
                pieces.append(piece)
            last = b
            n += 1
        pieces.append(string[last:])
        return (string[:0] if isinstance(string, (str, bytes)) else b'').join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]


Pattern.__module__ = 're'


def _class_getitem(cls, item):
    import types
    return types.GenericAlias(cls, item)


def _parse_template(pattern, repl):
    # a list of literal pieces and group numbers
    if not isinstance(repl, (str, bytes)):
        raise TypeError('decoding to str: need a bytes-like object, %s found'
                        % type(repl).__name__)
    is_bytes = not isinstance(repl, str)
    if is_bytes != pattern._bytes:
        return [TypeError('sequence item 0: expected %s, %s found' % (
            'a bytes-like object' if pattern._bytes else 'str instance',
            type(repl).__name__))]
    text = repl.decode('latin-1') if is_bytes else repl
    out = []
    literal = []
    i, n = 0, len(text)
    simple = {'a': '\a', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\',
              'b': '\b'}
    while i < n:
        c = text[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise error('bad escape (end of pattern)', repl, start)
        c = text[i]
        i += 1
        g = None
        if c == 'g':
            if i >= n or text[i] != '<':
                raise error('missing <', repl, i)
            e = text.find('>', i + 1)
            if e < 0:
                if i + 1 >= n:
                    raise error('missing group name', repl, i + 1)
                raise error('missing >, unterminated name', repl, i + 1)
            name = text[i + 1:e]
            if not name:
                raise error('missing group name', repl, i + 1)
            if name.isdigit() and all(ch in '0123456789' for ch in name):
                g = int(name)
                if g > pattern.groups:
                    raise error('invalid group reference %d' % g, repl, i + 1)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError('unknown group name %r' % name)
                g = pattern.groupindex[name]
            else:
                raise error('bad character in group name %r' % name, repl, i + 1)
            i = e + 1
        elif c == '0' or (c in '1234567' and i + 1 < n and text[i] in '01234567'
                          and text[i + 1] in '01234567'):
            j = i
            while j < n and j - i < 2 and text[j] in '01234567':
                j += 1
            v = int(text[i - 1:j], 8)
            if v > 0o377:
                raise error('octal escape value \\%s outside of range 0-0o377'
                            % text[i - 1:j], repl, start)
            literal.append(chr(v))
            i = j
        elif c in '123456789':
            if i < n and text[i] in '0123456789':
                c += text[i]
                i += 1
            g = int(c)
            if g > pattern.groups:
                raise error('invalid group reference %d' % g, repl, start + 1)
        elif c in simple:
            literal.append(simple[c])
        elif c in _ASCII_WORD:
            raise error('bad escape \\' + c, repl, start)
        else:
            literal.append('\\' + c)
        if g is not None:
            if literal:
                out.append(''.join(literal))
                literal = []
            out.append(g)
    if literal:
        out.append(''.join(literal))
    if is_bytes:
        out = [p.encode('latin-1') if isinstance(p, str) else p for p in out]
    return out or [repl[:0]]


def _expand(m, template):
    if isinstance(template[0], TypeError):
        raise template[0]
    empty = m.string[:0] if isinstance(m.string, (str, bytes)) else b''
    return empty.join(p if not isinstance(p, int) else (m.group(p) or empty) for p in template)


class Match:
    def __init__(self, pattern, string, regs, ngroups):
        self.re = pattern
        self.string = string
        self._regs = regs
        last = regs[2 * ngroups + 2]
        self.lastindex = last if last > 0 else None

    @property
    def lastgroup(self):
        for name, g in self.re.groupindex.items():
            if g == self.lastindex:
                return name
        return None

    @property
    def regs(self):
        return tuple(self.span(g) for g in range(self.re.groups + 1))

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or hasattr(g, '__index__') and not isinstance(g, str):
            try:
                g = g.__index__()
            except Exception:
                raise IndexError('no such group') from None
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, (str, bytes)) and g in self.re.groupindex:
            return self.re.groupindex[g]
        raise IndexError('no such group')

    def _get(self, g, default=None):
        a, b = self._regs[2 * g], self._regs[2 * g + 1]
        if a < 0 or b < 0:
            return default
        return self.string[a:b]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(g, default) for name, g in self.re.groupindex.items()}

    def span(self, group=0):
        g = self._index(group)
        a, b = self._regs[2 * g], self._regs[2 * g + 1]
        return (a, b) if a >= 0 and b >= 0 else (-1, -1)

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    def expand(self, template):
        return _expand(self, _parse_template(self.re, template))

    def __repr__(self):
        return '<re.Match object; span=%r, match=%s>' % (self.span(), repr(self.group())[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Match.__module__ = 're'
Pattern.__class_getitem__ = Match.__class_getitem__ = classmethod(_class_getitem)

# ---- Module functions -----------------------------------------------------------------------------
_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        if not isinstance(pattern, (str, bytes)):
            raise TypeError('first argument must be string or compiled pattern')
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def purge():
    _cache.clear()


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


_SPECIAL_CHARS = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _SPECIAL_CHARS else c for c in pattern)
    return escape(pattern.decode('latin-1')).encode('latin-1')
