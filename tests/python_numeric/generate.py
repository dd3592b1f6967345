"""Writes cases.txt: the expected results of CPython for test_numeric.cpp.

Run with CPython 3.11 (3.11.7 was used) from this folder:

    python3 generate.py > cases.txt

The output is deterministic (fixed seed). One case per line, tab-separated: a kind, then its
inputs, then CPython's result. Floats are written as the hex of their IEEE bits, ints in
hexadecimal without prefix ('-1f'), and strings escaped (\\\\, \\t, \\n, \\r, \\xNN for other
control bytes; UTF-8 kept). A result starting with '!' is an exception: '!ValueError: message'.
"""

import math
import os
from fractions import Fraction
import random
import struct
import subprocess
import sys

random.seed(3_11_7)
LIMIT = 4300
lines = []


def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def h(n):
    return ('-' + format(-n, 'x')) if n < 0 else format(n, 'x')


def esc(s):
    out = []
    for c in s:
        if c == '\\':
            out.append('\\\\')
        elif c in '\t\n\r':
            out.append({'\t': '\\t', '\n': '\\n', '\r': '\\r'}[c])
        elif ord(c) < 0x20 or ord(c) == 0x7f:
            out.append('\\x%02x' % ord(c))
        else:
            out.append(c)
    return ''.join(out)


class unlimited:
    """The generator's own str() of big ints, outside the 4300-digit limit the cases test."""

    def __enter__(self):
        sys.set_int_max_str_digits(0)

    def __exit__(self, *exc):
        sys.set_int_max_str_digits(LIMIT)


def exact_decimal(f):
    """The exact decimal expansion of a dyadic Fraction."""
    k = f.denominator.bit_length() - 1
    with unlimited():
        digits = str(abs(f.numerator) * 5**k).rjust(k + 1, '0')
    return ('-' if f < 0 else '') + (digits[:-k] + '.' + digits[-k:] if k else digits)


def outcome(f, encode=str):
    try:
        return encode(f())
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        return '!%s: %s' % (type(e).__name__, e)


def emit(*fields):
    lines.append('\t'.join(fields))


# --- doubles ---

def random_double():
    kind = random.random()
    if kind < 0.3:
        while True:
            x = from_bits(random.getrandbits(64))
            if math.isfinite(x):
                return x
    if kind < 0.55:
        return random.uniform(-1e6, 1e6)
    if kind < 0.7:
        return round(random.uniform(-1000, 1000), random.randint(0, 6))
    if kind < 0.8:
        return float(random.randint(-10**17, 10**17))
    if kind < 0.9:
        return random.choice([1, -1]) * 10.0 ** random.randint(-30, 30) * random.choice(
            [1, 1.5, 2.5, 0.125, 9.999999, 1.0000001])
    return from_bits(random.getrandbits(52))  # subnormal or zero


SPECIAL = [0.0, -0.0, math.inf, -math.inf, math.nan, -math.nan, 1.0, -1.0, 0.5, 1.5, 2.5, 0.1,
           1e16, 1e-5, 1e-4, 1e15, 123456789012345.0, 1e22, 1e23, 5e-324, 2.2250738585072014e-308,
           1.7976931348623157e308, 2.675, 0.125, 0.375, 9.995, 99.5, 1234.5, 1e300, 1e-300,
           float(2**53), float(2**53 + 2), 2.0**63, 2.0**64, -2.0**63, 0.3333333333333333]


def doubles(n):
    return SPECIAL + [random_double() for _ in range(n)]


for x in doubles(1500):
    emit('repr', bits(x), repr(x))
for e in range(-1074, 1024, 7):
    emit('repr', bits(2.0**e), repr(2.0**e))
for b in list(range(1, 40)) + [random.getrandbits(52) for _ in range(300)]:
    emit('repr', bits(from_bits(b)), repr(from_bits(b)))

# --- format specs ---

FILLS = ['', '', '', 'x', '*', '0', ' ', 'é', '€', '😀', '<', '=', '{']


def random_spec(types):
    fill = random.choice(FILLS)
    align = random.choice(['', '', '<', '>', '^', '='])
    if fill and not align:
        align = '>'
    parts = [fill + align if align else '',
             random.choice(['', '', '+', '-', ' ']),
             random.choice(['', '', '', 'z']),
             random.choice(['', '', '#']),
             random.choice(['', '', '0']),
             random.choice(['', '', str(random.randint(1, 30))]),
             random.choice(['', '', '', ',', '_']),
             random.choice(['', '', '.' + str(random.randint(0, 20)), '.' + str(random.randint(0, 3))]),
             random.choice(types)]
    return ''.join(parts)


FLOAT_TYPES = ['', '', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%']
INT_TYPES = ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'f', 'g', '%', 'E', 'F', 'G']
BAD_SPECS = ['abc', '.', '10.', 'd,', ',_', '_,', '5.2.3', 'xx', '<<<', ',n', '_c', ',s', '_s',
             '99999999999999999999', '.99999999999999999999', '.2147483648f', 'z', '#', '0',
             '00', '010', '=10', '^', 'é', '\x01', '٣', '0٣', '.٣', '+c', '#c', 'z5', 'q', 'r',
             's', 'd', 'i', '+#5', ' 5', '=5', 'z=5', '>10s', '.0', '.2s', ',d', '_d', ',x',
             '_x', '_b', '_o', '#_X', ',%', '_e', '0=10,', '*^11,', '020,.2f', '0<10', 'x<10.3e']

for x in doubles(400):
    spec = random_spec(FLOAT_TYPES) if random.random() < 0.9 else random.choice(BAD_SPECS)
    emit('ffmt', bits(x), esc(spec), esc(outcome(lambda: format(x, spec))))
for x in SPECIAL:
    for spec in BAD_SPECS + ['', '.3', '.2', '#', '+', 'z', '.0%', ',.2f', '_.3e', '015.4g']:
        emit('ffmt', bits(x), esc(spec), esc(outcome(lambda: format(x, spec))))


def random_int(max_bits=200):
    kind = random.random()
    if kind < 0.1:
        n = random.choice([0, 1, 2, 0xffffffff, 2**32, 2**63 - 1, 2**63, 2**64 - 1, 2**64])
    elif kind < 0.25:
        k = random.randint(0, max_bits)
        n = random.choice([2**k, 2**k - 1, 2**k + 1])
    elif kind < 0.4:
        # long runs of ones and zeros: the hard cases of division
        n, k = 0, 0
        while k < max_bits:
            run = random.randint(1, 70)
            if random.random() < 0.5:
                n |= ((1 << run) - 1) << k
            k += run
    else:
        n = random.getrandbits(random.randint(1, max_bits))
    return -n if random.random() < 0.4 else n


INT_SPECIAL = [0, 1, -1, 5, 255, -255, 65, 0x10ffff, 0x110000, 2**63 - 1, -2**63, 2**70,
               123456789, -123456789, 10**4299, 10**4300, -10**4300]

for n in INT_SPECIAL[:-3] + [random_int(random.choice([8, 32, 70, 200])) for _ in range(250)]:
    spec = random_spec(INT_TYPES) if random.random() < 0.9 else random.choice(BAD_SPECS)
    if spec.endswith('c') and 0xd800 <= abs(n) <= 0xdfff:
        continue  # a lone surrogate has no UTF-8
    emit('ifmt', h(n), esc(spec), esc(outcome(lambda: format(n, spec))))
for n in INT_SPECIAL[:-3]:
    for spec in BAD_SPECS + ['', 'c', 'd', '_d', 'n', '#x', '#o', '#b', '+', ' ', '.2f', 'e', '%']:
        emit('ifmt', h(n), esc(spec), esc(outcome(lambda: format(n, spec))))
for n in INT_SPECIAL[-3:]:
    for spec in ['', 'd', ',', '_d', 'n', '>5000', 'e', '.3%', 'c', 'z']:
        emit('ifmt', h(n), esc(spec), esc(outcome(lambda: format(n, spec))))

STRINGS = ['', 'a', 'abc', 'hello world', 'é', 'naïve', '日本語', '😀x😀', 'tab\there']
for s in STRINGS:
    for spec in BAD_SPECS + ['', '>10', '<10', '^10', '^9', '*^10', 'é>6', '😀<4', '.2', '.0',
                             '10.3', '0>5', '05', 's', '<5s']:
        emit('sfmt', esc(s), esc(spec), esc(outcome(lambda: format(s, spec))))
for _ in range(600):
    s = ''.join(random.choice('abcxyz é日😀') for _ in range(random.randint(0, 12)))
    spec = random.choice(['', '<', '>', '^']) + random.choice(['', str(random.randint(0, 20))]) + \
        random.choice(['', '.' + str(random.randint(0, 14))])
    spec = (random.choice(FILLS) + spec) if spec[:1] in '<>^' and spec else spec
    emit('sfmt', esc(s), esc(spec), esc(outcome(lambda: format(s, spec))))

# --- printf-style ---


def random_printf(conversions):
    flags = ''.join(f for f in '-+ #0' if random.random() < 0.25)
    width = random.choice(['', '', str(random.randint(0, 25))])
    precision = random.choice(['', '', '.' + str(random.randint(0, 20)), '.'])
    return '%' + flags + width + precision + random.choice(conversions)


for x in doubles(1200):
    fmt = random_printf('eEfFgG')
    emit('pf', bits(x), fmt, outcome(lambda: fmt % x))
for n in INT_SPECIAL[:-3] + [random_int(random.choice([8, 64, 200])) for _ in range(800)]:
    fmt = random_printf('diuoxX')
    emit('pi', h(n), fmt, outcome(lambda: fmt % n))
for fmt in ['%d', '%x', '%o']:
    emit('pi', h(10**4300), fmt, outcome(lambda: fmt % 10**4300))

# --- float(str) ---


def float_texts():
    for x in doubles(200):
        r = repr(x)
        yield r
        yield r.upper()
        yield '  %s\n' % r
        yield '+' + r if not r.startswith('-') else r
        digits = r.replace('-', '')
        if digits[:1].isdigit() and 'e' not in digits and '.' in digits:
            i = random.randint(1, len(digits) - 1)
            if digits[i - 1].isdigit() and digits[i].isdigit():
                yield digits[:i] + '_' + digits[i:]
    for x in doubles(80):
        if math.isfinite(x) and x != 0 and abs(x) < 1.7e308:
            # Exactly halfway to the next double (rounds to even), just above and just below.
            mid = (Fraction(x) + Fraction(math.nextafter(x, math.inf))) / 2
            text = exact_decimal(mid)
            yield text
            if '.' in text:
                yield text + '1'
                yield text[:-1]
    for t in ['inf', '-inf', '+inf', 'Infinity', '-iNfInItY', 'nan', '-nan', '+NaN', 'infinit',
              'nana', '1e', 'e5', '.', '-.', '.5', '5.', '-.5e-3', '1_0.5', '1_e5', '1e_5',
              '1e5_', '_1', '1.5_', '1._5', '1_.5', '1__0', '0x10', '1.2.3', '١.٥', '\u30001.5',
              '1\x00', '', ' ', '+', '1e400', '-1e400', '1e-400', '4.9e-324', '2.4703282292062328e-324',
              '2.4703282292062327e-324', '2.4703282292062328e-324000', '1' * 400, '0.' + '0' * 400 + '1',
              '1' * 1000 + 'e-1000', '9' * 800 + '.5e-500', '1e99999999999999999999', '0e99999999999',
              '00000.00001', '1E+2', '1e-0', '+-1', '1e+-2', 'in f', '1 5', '１２']:
        yield t


for text in float_texts():
    if text is not None:
        emit('fparse', esc(text), outcome(lambda: bits(float(text))))

# --- int(str, base) ---


def int_texts():
    specials = [('', 10), (' 1_0', 10), ('1__0', 10), ('_10', 10), ('10_', 10), ('0x_10', 0),
                ('0x_10', 16), ('0_x10', 16), ('0b', 0), ('0b', 16), ('0o17', 0), ('0o17', 8),
                ('010', 0), ('000', 0), ('0_0', 0), ('00_1', 0), ('00_1', 10), (' -0x10 ', 0),
                ('+ 5', 10), ('١٢٣', 10), ('١٢٣', 16), ('\x1c5', 10), ('5\x85', 10),
                ('\u30005', 10), ('5\x00', 10), ('0b1', 16), ('0B1', 0), ('0XfF', 0),
                ('zz', 36), ('ZZ', 36), ('z', 35), ('-0', 10), ('+0', 0), ('0x', 16),
                ('1' * 4300, 10), ('1' * 4301, 10), ('0' * 4301, 10), ('1' * 5000 + 'x', 10),
                ('-' + '0' * 4300 + '1_0', 10), ('1' * 5000, 16), ('1' * 5000, 0),
                ('1' * 5000, 7), ('1' * 5000, 2), ('0x' + '1' * 5000, 0), ('12', 2)]
    yield from specials
    for _ in range(350):
        base = random.choice([0, 2, 3, 7, 8, 10, 10, 10, 16, 16, 36])
        n = random_int(random.choice([16, 64, 300, 1000]))
        digits_base = base or random.choice([2, 8, 10, 16])
        text = format(abs(n), {2: 'b', 8: 'o', 10: 'd', 16: 'x'}[digits_base]) if digits_base in (
            2, 8, 10, 16) else None
        if text is None:
            digits = '0123456789abcdefghijklmnopqrstuvwxyz'[:digits_base]
            text = ''.join(random.choice(digits) for _ in range(random.randint(1, 60)))
        if base == 0 and digits_base != 10:
            text = '0' + {2: 'b', 8: 'o', 16: 'x'}[digits_base] + text
        if random.random() < 0.2 and len(text) > 2:
            i = random.randint(1, len(text) - 1)
            text = text[:i] + '_' + text[i:]
        if random.random() < 0.2:
            text = random.choice(['-', '+', ' -', '  ']) + text
        if random.random() < 0.1:
            text += random.choice([' ', '\n', 'g', '_', '.', ' 1'])
        yield text, base


for text, base in int_texts():
    def parse():
        value = int(text, base)
        return h(value)
    emit('iparse', esc(text), str(base), outcome(parse))

# --- round, float ops, hashes ---

for x in doubles(500) + [2.675, 0.125, 0.375, 2.5, -2.5, 0.5, 1.5, 1e22, 5e-324, 1234.5678]:
    nd = random.choice([random.randint(-5, 12), random.randint(-330, 330), 0, 1, 2, -1, -308,
                        -309, 323, 324])
    emit('round', bits(x), str(nd), outcome(lambda: bits(round(x, nd))))
    if math.isfinite(x):
        emit('round0', bits(x), h(round(x)))
for x in [1.7976931348623157e308, -1.7976931348623157e308, 9.5e307]:
    for nd in [-308, -307, -300]:
        emit('round', bits(x), str(nd), outcome(lambda: bits(round(x, nd))))
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 3.5, 4.5, 1e300, 2.0**52 + 0.5, 2.0**53]:
    emit('round0', bits(x), h(round(x)))

def float_pow(x, y):
    """x ** y, with CPython's complex results (also the overflowing ones) reported for the
    interpreter to raise ValueError, as float_pow does."""
    try:
        result = x ** y
    except OverflowError as e:
        if str(e) != 'complex exponentiation':
            raise
        result = complex(0)
    if isinstance(result, complex):
        raise ValueError('unsupported: complex result')
    return bits(result)


def pow_variants_agree(cases):
    """Whether glibc's pow gives the same x ** y with and without FMA (the latter computed in a
    child process with FMA disabled).

    glibc picks a variant of its pow by CPU; the FMA one differs from the others in the last bit
    of about 0.06% of results, and Emscripten's musl (the same algorithm) never uses FMA. CPython
    depends on the host there, and so does the library (it uses the C library's pow): only the
    cases on which both variants agree are kept.
    """
    script = ('import struct, sys\n'
              'for line in sys.stdin:\n'
              '    x, y = (struct.unpack("<d", bytes.fromhex(v))[0] for v in line.split())\n'
              '    try:\n'
              '        print(repr(x ** y))\n'
              '    except Exception as e:\n'
              '        print(type(e).__name__)\n')
    env = dict(os.environ, GLIBC_TUNABLES='glibc.cpu.hwcaps=-FMA,-AVX2,-FMA_Usable,-AVX2_Usable')
    text = ''.join('%s %s\n' % (struct.pack('<d', x).hex(), struct.pack('<d', y).hex())
                   for x, y in cases)
    theirs = subprocess.run([sys.executable, '-c', script], input=text, env=env,
                            capture_output=True, text=True, check=True).stdout.splitlines()
    ours = []
    for x, y in cases:
        try:
            ours.append(repr(x ** y))
        except Exception as e:
            ours.append(type(e).__name__)
    return [a == b for a, b in zip(ours, theirs)]


OPERANDS = SPECIAL + [3.0, -3.0, 7.5, -7.5, 1e-320, 2.0, 0.5, 10.0, 1e308, -1e308]
pairs = [(random.choice(OPERANDS), random.choice(OPERANDS)) for _ in range(200)] + \
        [(random_double(), random_double()) for _ in range(200)] + \
        [(random.uniform(-10, 10), random.choice([0.5, 1.5, -2.0, 3.0, -0.5, 100.0, 1 / 3]))
         for _ in range(100)]
pow_cases = []
for x, y in pairs:  # divisions by zero are the caller's check
    if y != 0:
        emit('fop', 'mod', bits(x), bits(y), bits(x % y))
        emit('fop', 'floordiv', bits(x), bits(y), outcome(lambda: bits(x // y)))
    pow_cases.append((x, y))

for (x, y), agree in zip(pow_cases, pow_variants_agree(pow_cases)):
    if agree:
        emit('fop', 'pow', bits(x), bits(y), outcome(lambda: float_pow(x, y)))

for x in doubles(800) + [2.0**k for k in range(-1074, 1024, 37)]:
    if not math.isnan(x):
        emit('fhash', bits(x), str(hash(x)))

# --- ints ---

BIG = [random_int(random.choice([4000, 12000])) for _ in range(8)]


def operands(count):
    for _ in range(count):
        sizes = random.choice([(64, 64), (64, 64), (200, 200), (1000, 300), (1500, 1200),
                               (3000, 100), (200, 64), (100, 100), (130, 70)])
        yield random_int(sizes[0]), random_int(sizes[1])
    for a in BIG[:4]:
        yield a, random.choice(BIG[4:] + [random_int(3000), random_int(64)])


# One line per pair: a, b, then a+b, a-b, a*b, a&b, a|b, a^b, cmp(a, b), a//b, a%b, a/b ('-' when b
# is 0, which is the caller's check).
for a, b in operands(150):
    emit('ipair', h(a), h(b), h(a + b), h(a - b), h(a * b), h(a & b), h(a | b), h(a ^ b),
         str((a > b) - (a < b)), h(a // b) if b else '-', h(a % b) if b else '-',
         outcome(lambda: bits(a / b)) if b else '-')
for _ in range(100):  # near the overflow of true division and in subnormals
    a, b = random_int(1100), random_int(60)
    if b:
        emit('iop', 'truediv', h(a), h(b), outcome(lambda: bits(a / b)))
        if a:
            emit('iop', 'truediv', h(b), h(a), outcome(lambda: bits(b / a)))
for a, b in [(10**400, 10**399), (10**400, 1), (1, 10**400), (-(10**30), 10**300), (0, -5),
             (0, -(10**30)), (2**1024, 1), (2**1024 - 2**970, 1), (2**1024 - 2**970 - 1, 1),
             (1, 2**1074), (1, 2**1075), (3, 2**1076), (1, 2**1075 - 1)]:
    emit('iop', 'truediv', h(a), h(b), outcome(lambda: bits(a / b)))
for _ in range(200):
    a, k = random_int(random.choice([64, 300, 1500])), random.choice(
        [random.randint(0, 100), random.randint(0, 5000), 31, 32, 33, 63, 64, 65])
    emit('iop', 'lshift', h(a), h(k), h(a << k))
    emit('iop', 'rshift', h(a), h(k), h(a >> k))
for a in [-1, -5, 5, -2**100, 2**100 - 1]:
    emit('iop', 'rshift', h(a), h(10**6), h(a >> 10**6))
for _ in range(150):
    a, e = random_int(random.choice([8, 64, 200])), random.randint(0, 30)
    emit('iop', 'pow', h(a), h(e), h(a ** e))
for a, e in [(2, 10000), (-2, 999), (3, 1000), (-7, 301), (10, 4299), (0, 0), (0, 5), (-1, 10**6)]:
    emit('iop', 'pow', h(a), h(e), h(a ** e))
for _ in range(250):
    a, e, m = random_int(random.choice([64, 300])), random_int(random.choice([8, 64, 300])), \
        random_int(random.choice([8, 64, 300, 1000]))
    if m:
        emit('powmod', h(a), h(e), h(m), outcome(lambda: h(pow(a, e, m))))
for a, e, m in [(3, -1, 7), (3, -1, 6), (2, -1, 1), (2, -1, -1), (0, -1, 5), (5, 0, 1), (5, 0, -7),
                (-3, 5, -7), (2, 2**200, 10**9 + 7), (2**300 + 1, -3, 2**127 - 1)]:
    emit('powmod', h(a), h(e), h(m), outcome(lambda: h(pow(a, e, m))))
for _ in range(100):
    a, b = random_int(random.choice([64, 500])), random_int(random.choice([64, 500]))
    emit('iop', 'gcd', h(a), h(b), h(math.gcd(a, b)))

UNARY_INTS = INT_SPECIAL + [random_int(random.choice([8, 32, 64, 65, 128, 300, 700]))
                            for _ in range(120)] + \
    [2**1023, 2**1024, 2**1024 - 1, 2**1024 - 2**970, 2**1024 - 2**970 - 1, 2**53 + 1,
     2**53 + 3, -(2**64 + 2**11 + 1), 2**64 + 2**11, 2**200 + 2**147]
# One line per int: n, then -n, ~n, abs(n), bit_length, bit_count, hash, float(n), n as int64 ('!'
# if it does not fit), str(n) under the 4300-digit limit, bin, oct and hex digits, and str(n)
# without the limit ('-' for the largest).
for n in UNARY_INTS:
    with unlimited():
        decimal = str(n) if abs(n).bit_length() < 20000 else '-'
    emit('iunary', h(n), h(-n), h(~n), h(abs(n)), str(n.bit_length()), str(n.bit_count()),
         str(hash(n)), outcome(lambda: bits(float(n))), str(n) if -2**63 <= n < 2**63 else '!',
         outcome(lambda: str(n)), format(n, 'b'), format(n, 'o'), format(n, 'x'), decimal)

for x in doubles(300) + [2.0**63, -2.0**63, 2.0**64, 1e300, -1e300, 0.999, -0.999]:
    emit('ifloat', bits(x), outcome(lambda: h(int(x))))

for n in UNARY_INTS[:120]:
    for x in [random_double(), float(n) if abs(n).bit_length() < 1000 else 1e300, math.inf,
              -math.inf, math.nan, float(n) + 0.5 if abs(n).bit_length() < 50 else 0.5]:
        c = 'nan' if math.isnan(x) else str((n > x) - (n < x))
        emit('icmpf', h(n), bits(x), c)

for _ in range(300):
    a, e = random_int(random.choice([8, 64, 1100])), -random.randint(1, 2**random.randint(1, 70))
    emit('ipowf', h(a), h(e), outcome(lambda: bits(a ** e)))

# Sizes that must be fast: str(2**100000), factorial(1000), 2**10000.
with unlimited():
    emit('big', 'str_pow2_100000', str(2**100000))
    emit('big', 'factorial_1000', str(math.factorial(1000)))
    emit('big', 'pow2_10000', str(2**10000))

print('\n'.join(lines))
