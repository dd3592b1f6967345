# The rarely used methods of the built-in types that the engine runs as Python from its library
# archive (str.zfill, expandtabs, partition, rpartition, splitlines, translate, maketrans,
# encode; bytes.decode; int.to_bytes, int.from_bytes; float.hex, float.fromhex; a namedtuple's
# _replace): results, edge cases and CPython's error messages, and that they still look built-in.
from collections import namedtuple


def show(label, thunk):
    try:
        print(label, '->', repr(thunk()))
    except Exception as error:
        print(label, '!!', type(error).__name__, error)


class S(str):
    def find(self, *args):
        return 'overridden'

    def __getitem__(self, index):
        return 'overridden'


class I(int):
    pass


class F(float):
    pass


print(str.zfill, bytes.decode, int.to_bytes, float.hex)
print(str.partition.__qualname__, str.partition.__name__)
print(type(int.from_bytes).__name__, int.from_bytes.__self__ is int, float.fromhex.__self__ is float)
print(type('a'.zfill).__name__, 'a'.zfill.__self__)

# Descriptor checks, as for any method of a built-in type.
show('str.zfill(5, 3)', lambda: str.zfill(5, 3))
show('str.translate()', lambda: str.translate())
show('int.to_bytes(1.5)', lambda: int.to_bytes(1.5))
show('float.hex(1)', lambda: float.hex(1))
show('bytes.decode("a")', lambda: bytes.decode('a'))
show('str.zfill(S("7"), 3)', lambda: str.zfill(S('7'), 3))

# str.zfill
for text, width in [('42', 5), ('-42', 5), ('+42', 5), ('', 3), ('abc', 2), ('-', 3), ('é', 3)]:
    show(f'{text!r}.zfill({width})', lambda: text.zfill(width))
show("'a'.zfill()", lambda: 'a'.zfill())
show("'a'.zfill(1, 2)", lambda: 'a'.zfill(1, 2))
show("'a'.zfill(width=3)", lambda: 'a'.zfill(width=3))
show("'a'.zfill('x')", lambda: 'a'.zfill('x'))
show("'a'.zfill(1.5)", lambda: 'a'.zfill(1.5))
show("'a'.zfill(2**70)", lambda: 'a'.zfill(2**70))
show("'a'.zfill(-2**70)", lambda: 'a'.zfill(-2**70))
show("'a'.zfill(True)", lambda: 'a'.zfill(True))
show('type(S("1").zfill(3))', lambda: type(S('1').zfill(3)))
show('type(S("1").zfill(0))', lambda: type(S('1').zfill(0)))

# str.expandtabs
for text in ['a\tb', '\t', 'ab\tc\td', '12345678\tx', 'a\nb\tc', 'a\r\tb', 'é\tx', 'no tabs']:
    show(f'{text!r}.expandtabs()', lambda: text.expandtabs())
    show(f'{text!r}.expandtabs(4)', lambda: text.expandtabs(4))
show("'a\\tb'.expandtabs(0)", lambda: 'a\tb'.expandtabs(0))
show("'a\\tb'.expandtabs(-1)", lambda: 'a\tb'.expandtabs(-1))
show("'a\\tb'.expandtabs(tabsize=2)", lambda: 'a\tb'.expandtabs(tabsize=2))
show("'a\\tb'.expandtabs(1, 2)", lambda: 'a\tb'.expandtabs(1, 2))
show("'a\\tb'.expandtabs(x=4)", lambda: 'a\tb'.expandtabs(x=4))
show("'a\\tb'.expandtabs(1, tabsize=2)", lambda: 'a\tb'.expandtabs(1, tabsize=2))
show("'a\\tb'.expandtabs('x')", lambda: 'a\tb'.expandtabs('x'))
show("'a\\tb'.expandtabs(2**40)", lambda: 'a\tb'.expandtabs(2**40))

# str.partition / rpartition
for text, sep in [('a=b=c', '='), ('abc', '='), ('', 'x'), ('abcabc', 'bc'), ('é-è', '-')]:
    show(f'{text!r}.partition({sep!r})', lambda: text.partition(sep))
    show(f'{text!r}.rpartition({sep!r})', lambda: text.rpartition(sep))
show("'a'.partition()", lambda: 'a'.partition())
show("'a'.partition('a', 'b')", lambda: 'a'.partition('a', 'b'))
show("'a'.partition(sep='a')", lambda: 'a'.partition(sep='a'))
show("'a'.partition(1)", lambda: 'a'.partition(1))
show("'a'.rpartition(None)", lambda: 'a'.rpartition(None))
show("'a'.partition('')", lambda: 'a'.partition(''))
show("S('a=b').partition('=')", lambda: S('a=b').partition('='))
show("type(S('ab').partition('x')[0])", lambda: type(S('ab').partition('x')[0]))
show("type(S('ab').rpartition('x')[2])", lambda: type(S('ab').rpartition('x')[2]))
show("str.maketrans('a', None)", lambda: str.maketrans('a', None))
show("(1).to_bytes(1, None)", lambda: (1).to_bytes(1, None))

# str.splitlines
for text in ['a\nb\n', 'a\nb', '', '\n', 'a\r\nb\rc\n', 'a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029',
             '\r\n\r\n', 'x\r', 'é\nè\r\nà', 'no breaks']:
    show(f'{text!r}.splitlines()', lambda: text.splitlines())
    show(f'{text!r}.splitlines(True)', lambda: text.splitlines(True))
show("'a\\nb'.splitlines(keepends=1)", lambda: 'a\nb'.splitlines(keepends=1))
show("'a\\nb'.splitlines(keepends=0)", lambda: 'a\nb'.splitlines(keepends=0))
show("'a'.splitlines(1, 2)", lambda: 'a'.splitlines(1, 2))
show("'a'.splitlines(x=1)", lambda: 'a'.splitlines(x=1))
show("'a'.splitlines(1.5)", lambda: 'a'.splitlines(1.5))
show("'a'.splitlines('x')", lambda: 'a'.splitlines('x'))
show("'a'.splitlines(2**70)", lambda: 'a'.splitlines(2**70))
show("'a'.splitlines(True, keepends=1)", lambda: 'a'.splitlines(True, keepends=1))
show("'a'.splitlines(a=1, b=2)", lambda: 'a'.splitlines(a=1, b=2))

# str.maketrans / translate
show("str.maketrans('abc', 'xyz')", lambda: str.maketrans('abc', 'xyz'))
show("str.maketrans('ab', 'cd', 'e')", lambda: str.maketrans('ab', 'cd', 'e'))
show("str.maketrans('', '', 'ab')", lambda: str.maketrans('', '', 'ab'))
show("str.maketrans({'a': None, 98: 'x', 'é': 1})", lambda: str.maketrans({'a': None, 98: 'x', 'é': 1}))
show("'x'.maketrans('a', 'b')", lambda: 'x'.maketrans('a', 'b'))
show('str.maketrans()', lambda: str.maketrans())
show('str.maketrans(1, 2, 3, 4)', lambda: str.maketrans(1, 2, 3, 4))
show('str.maketrans(x=1)', lambda: str.maketrans(x=1))
show('str.maketrans(1)', lambda: str.maketrans(1))
show("str.maketrans({'ab': 1})", lambda: str.maketrans({'ab': 1}))
show('str.maketrans({1.5: 1})', lambda: str.maketrans({1.5: 1}))
show("str.maketrans(1, 'a')", lambda: str.maketrans(1, 'a'))
show('str.maketrans(1, 2)', lambda: str.maketrans(1, 2))
show("str.maketrans({}, 'a')", lambda: str.maketrans({}, 'a'))
show("str.maketrans('a', 1)", lambda: str.maketrans('a', 1))
show("str.maketrans('a', 'b', 1)", lambda: str.maketrans('a', 'b', 1))
show("str.maketrans('ab', 'c')", lambda: str.maketrans('ab', 'c'))
table = str.maketrans('aeiou', 'AEIOU', '!')
show("'hello world!'.translate(table)", lambda: 'hello world!'.translate(table))
show("'héllo'.translate({ord('é'): 'e', ord('l'): None})", lambda: 'héllo'.translate({ord('é'): 'e', ord('l'): None}))
show("'abc'.translate({97: 'xyz', 98: 0x1F600})", lambda: 'abc'.translate({97: 'xyz', 98: 0x1F600}))
show("'abc'.translate([])", lambda: 'abc'.translate([]))
show("'abc'.translate('xyz')", lambda: 'abc'.translate('x' * 100))
show("'a'.translate()", lambda: 'a'.translate())
show("'a'.translate(1, 2)", lambda: 'a'.translate(1, 2))
show("'a'.translate(table={})", lambda: 'a'.translate(table={}))
show("'a'.translate(1)", lambda: 'a'.translate(1))
show("'a'.translate({97: 1.5})", lambda: 'a'.translate({97: 1.5}))
show("'a'.translate({97: -1})", lambda: 'a'.translate({97: -1}))
show("'a'.translate({97: 0x110000})", lambda: 'a'.translate({97: 0x110000}))


class Table:
    def __getitem__(self, key):
        if key == ord('a'):
            raise KeyError(key)
        if key == ord('b'):
            raise IndexError(key)
        if key == ord('c'):
            raise ZeroDivisionError('from the table')
        return 'X'


show("'abd'.translate(Table())", lambda: 'abd'.translate(Table()))
show("'c'.translate(Table())", lambda: 'c'.translate(Table()))

# str.encode / bytes.decode
for text in ['abc', 'café', '€uro', '', 'a\U0001F600b']:
    for encoding in ['utf-8', 'ascii', 'latin-1']:
        for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
            show(f'{text!r}.encode({encoding!r}, {errors!r})', lambda: text.encode(encoding, errors))
show("'é'.encode()", lambda: 'é'.encode())
show("'é'.encode('UTF_8')", lambda: 'é'.encode('UTF_8'))
show("'é'.encode('Latin1')", lambda: 'é'.encode('Latin1'))
show("'é'.encode(encoding='ascii', errors='replace')", lambda: 'é'.encode(encoding='ascii', errors='replace'))
show("'éè'.encode('ascii')", lambda: 'éè'.encode('ascii'))
show("'a'.encode(1)", lambda: 'a'.encode(1))
show("'a'.encode('ascii', 1)", lambda: 'a'.encode('ascii', 1))
show("'a'.encode(errors=None)", lambda: 'a'.encode(errors=None))
show("'a'.encode('x', 'y', 'z')", lambda: 'a'.encode('x', 'y', 'z'))
show("'a'.encode(foo=1)", lambda: 'a'.encode(foo=1))
show("'a'.encode('ascii', encoding='ascii')", lambda: 'a'.encode('ascii', encoding='ascii'))
show("'a'.encode('nope')", lambda: 'a'.encode('nope'))
show("'é'.encode('ascii', 'nope')", lambda: 'é'.encode('ascii', 'nope'))
show("S('abc').encode()", lambda: S('abc').encode())
for data in [b'abc', b'caf\xc3\xa9', b'\xff', b'a\xe9b', b'\xe2\x82', b'']:
    for encoding in ['utf-8', 'ascii', 'latin-1']:
        for errors in ['strict', 'ignore', 'replace', 'backslashreplace']:
            show(f'{data!r}.decode({encoding!r}, {errors!r})', lambda: data.decode(encoding, errors))
show("b'\\xc3\\xa9'.decode()", lambda: b'\xc3\xa9'.decode())
show("b'a'.decode(encoding='ascii')", lambda: b'a'.decode(encoding='ascii'))
show("b'a'.decode(1)", lambda: b'a'.decode(1))
show("b'a'.decode('ascii', 1)", lambda: b'a'.decode('ascii', 1))
show("b'a'.decode('x', 'y', 'z')", lambda: b'a'.decode('x', 'y', 'z'))
show("b'a'.decode(foo=1)", lambda: b'a'.decode(foo=1))
show("b'a'.decode('nope')", lambda: b'a'.decode('nope'))
show("b'\\xff'.decode('ascii', 'nope')", lambda: b'\xff'.decode('ascii', 'nope'))
show("b'\\xff'.decode('utf-8', 'xmlcharrefreplace')", lambda: b'\xff'.decode('utf-8', 'xmlcharrefreplace'))
show("bytes('é', 'ascii', 'xmlcharrefreplace')", lambda: bytes('é', 'ascii', 'xmlcharrefreplace'))

# int.to_bytes / int.from_bytes
for n, length, order, signed in [(5, 1, 'big', False), (5, 2, 'little', False), (1024, 2, 'big', False),
                                 (-1, 1, 'big', True), (-128, 1, 'big', True), (-129, 1, 'big', True),
                                 (128, 1, 'big', True), (255, 1, 'big', False), (256, 1, 'big', False),
                                 (0, 0, 'big', False), (-1, 0, 'big', True), (2**64 - 1, 8, 'big', False),
                                 (-2**63, 8, 'little', True), (2**100, 13, 'little', False), (-1, 1, 'big', False)]:
    show(f'({n}).to_bytes({length}, {order!r}, signed={signed})',
         lambda: n.to_bytes(length, order, signed=signed))
show('(5).to_bytes()', lambda: (5).to_bytes())
show("(5).to_bytes(length=2, byteorder='little')", lambda: (5).to_bytes(length=2, byteorder='little'))
show('True.to_bytes(2)', lambda: True.to_bytes(2))
show('I(7).to_bytes(1)', lambda: I(7).to_bytes(1))
show("(5).to_bytes(1, 'x')", lambda: (5).to_bytes(1, 'x'))
show('(5).to_bytes(1, 1)', lambda: (5).to_bytes(1, 1))
show("(5).to_bytes('x')", lambda: (5).to_bytes('x'))
show("(5).to_bytes(1, 'big', True)", lambda: (5).to_bytes(1, 'big', True))
show("(5).to_bytes(1, 'big', signed=True, x=1)", lambda: (5).to_bytes(1, 'big', signed=True, x=1))
show('(5).to_bytes(signed=1, x=2)', lambda: (5).to_bytes(signed=1, x=2))
show('(5).to_bytes(1, length=1)', lambda: (5).to_bytes(1, length=1))
show('(5).to_bytes(-1)', lambda: (5).to_bytes(-1))
show('(5).to_bytes(2**70)', lambda: (5).to_bytes(2**70))
show("(5).to_bytes(a=1, b=2, c=3, d=4)", lambda: (5).to_bytes(a=1, b=2, c=3, d=4))
for data, order, signed in [(b'\x01\x00', 'big', False), (b'\x01\x00', 'little', False), (b'', 'big', False),
                            (b'\xff', 'big', True), (b'\xff', 'big', False), (b'\x80\x00', 'little', True),
                            (b'\x00\x80', 'little', True), (bytes(range(20)), 'big', False),
                            (b'\xff' * 20, 'little', True), ([1, 2, 3], 'big', False), ((255,), 'big', True)]:
    show(f'int.from_bytes({data!r}, {order!r}, signed={signed})',
         lambda: int.from_bytes(data, order, signed=signed))
show("int.from_bytes(b'\\x01\\x02')", lambda: int.from_bytes(b'\x01\x02'))
show("int.from_bytes(bytes=b'\\x01', byteorder='little')", lambda: int.from_bytes(bytes=b'\x01', byteorder='little'))
show("bool.from_bytes(b'\\x01')", lambda: bool.from_bytes(b'\x01'))
show("I.from_bytes(b'\\x07')", lambda: I.from_bytes(b'\x07'))
show('type(I.from_bytes(b"\\x07"))', lambda: type(I.from_bytes(b'\x07')))
show("(5).from_bytes(b'\\x02')", lambda: (5).from_bytes(b'\x02'))
show('int.from_bytes(iter([1, 2]))', lambda: int.from_bytes(iter([1, 2])))


class HasBytes:
    def __bytes__(self):
        return b'\x01\x01'


class BadBytes:
    def __bytes__(self):
        return 'no'


show('int.from_bytes(HasBytes())', lambda: int.from_bytes(HasBytes()))
show('int.from_bytes(BadBytes())', lambda: int.from_bytes(BadBytes()))
show('int.from_bytes()', lambda: int.from_bytes())
show("int.from_bytes('ab')", lambda: int.from_bytes('ab'))
show('int.from_bytes(5)', lambda: int.from_bytes(5))
show('int.from_bytes([1, 300])', lambda: int.from_bytes([1, 300]))
show("int.from_bytes([1, 'a'])", lambda: int.from_bytes([1, 'a']))
show("int.from_bytes(b'\\xff', 'big', True)", lambda: int.from_bytes(b'\xff', 'big', True))
show("int.from_bytes(b'', 'x')", lambda: int.from_bytes(b'', 'x'))
show("int.from_bytes(b'', 1)", lambda: int.from_bytes(b'', 1))
show("int.from_bytes(b'', bytes=1)", lambda: int.from_bytes(b'', bytes=1))
show("int.from_bytes(byteorder='big')", lambda: int.from_bytes(byteorder='big'))
show("int.from_bytes(b'', x=1)", lambda: int.from_bytes(b'', x=1))
for n in [0, 1, -1, 255, 2**64, -2**200 + 12345, 10**50]:
    for signed in [False, True]:
        try:
            length = (n.bit_length() + 8) // 8
            data = n.to_bytes(length, 'little', signed=signed)
            print(n, signed, int.from_bytes(data, 'little', signed=signed) == n)
        except OverflowError as error:
            print(n, signed, 'OverflowError', error)

# float.hex / float.fromhex
for x in [0.0, -0.0, 1.0, 1.5, -2.5, 0.1, 1e308, 5e-324, 2.2250738585072014e-308, 1e-310,
          float('inf'), float('-inf'), float('nan'), 3.141592653589793, 1 / 3]:
    show(f'({x!r}).hex()', lambda: x.hex())
    show(f'float.fromhex(({x!r}).hex()) == x', lambda: float.fromhex(x.hex()) == x or x != x)
show('F(2.0).hex()', lambda: F(2.0).hex())
show('(1.5).hex(1)', lambda: (1.5).hex(1))
show('(1.5).hex(x=1)', lambda: (1.5).hex(x=1))
for text in ['0x1.8p1', '0x.8', '1p-1074', '0x1.fffffffffffff8p1023', '0x1.fffffffffffffp1023',
             '0x1p-1075', '0x1.8p-1075', '0x1p-1076', ' -inf ', 'INFINITY', '-nan', '+0x0p0', '-0x0.0p+0',
             'x', '0x', '0xp1', '1p', '1p+', '0x1.2.3', '0x1p99999', '0x1p-99999', '\t0X1.AP+2\n',
             '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000081p0', '1e3', 'ff', '0x1_0']:
    show(f'float.fromhex({text!r})', lambda: float.fromhex(text))
show("F.fromhex('0x1p1')", lambda: F.fromhex('0x1p1'))
show("type(F.fromhex('0x1p1'))", lambda: type(F.fromhex('0x1p1')))
show("(2.0).fromhex('0x1p2')", lambda: (2.0).fromhex('0x1p2'))
show('float.fromhex(1)', lambda: float.fromhex(1))
show('float.fromhex()', lambda: float.fromhex())
show("float.fromhex('1', '2')", lambda: float.fromhex('1', '2'))
show('float.fromhex(x=1)', lambda: float.fromhex(x=1))

# A namedtuple's _replace
Point = namedtuple('Point', 'x y')
p = Point(1, 2)
show('p._replace(x=5)', lambda: p._replace(x=5))
show('p._replace()', lambda: p._replace())
show('p._replace(y=3, x=4)', lambda: p._replace(y=3, x=4))
show('p._replace(z=1, w=2)', lambda: p._replace(z=1, w=2))
show('p._replace(x=1, z=1)', lambda: p._replace(x=1, z=1))
show('p._replace(1)', lambda: p._replace(1))


class Point3(Point):
    pass


show('Point3(1, 2)._replace(y=0)', lambda: Point3(1, 2)._replace(y=0))
show('type(Point3(1, 2)._replace(y=0))', lambda: type(Point3(1, 2)._replace(y=0)))
show('Point3(1, 2)._replace(1, 2)', lambda: Point3(1, 2)._replace(1, 2))
