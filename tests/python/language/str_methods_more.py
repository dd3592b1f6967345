try:
    print("'%c' % 10**30", '->', repr('%c' % 10**30))
except Exception as exc:
    print("'%c' % 10**30", '->', type(exc).__name__ + ':', exc)
try:
    print("str.maketrans(1,'a')", '->', repr(str.maketrans(1,'a')))
except Exception as exc:
    print("str.maketrans(1,'a')", '->', type(exc).__name__ + ':', exc)
try:
    print("str.maketrans('a','b','cd')", '->', repr(str.maketrans('a','b','cd')))
except Exception as exc:
    print("str.maketrans('a','b','cd')", '->', type(exc).__name__ + ':', exc)
try:
    print("str.maketrans({'a':'xyz', 98: None, 99: 5})", '->', repr(str.maketrans({'a':'xyz', 98: None, 99: 5})))
except Exception as exc:
    print("str.maketrans({'a':'xyz', 98: None, 99: 5})", '->', type(exc).__name__ + ':', exc)
try:
    print("'abc'.translate(str.maketrans({'a':'xyz', 98: None, 99: 100}))", '->', repr('abc'.translate(str.maketrans({'a':'xyz', 98: None, 99: 100}))))
except Exception as exc:
    print("'abc'.translate(str.maketrans({'a':'xyz', 98: None, 99: 100}))", '->', type(exc).__name__ + ':', exc)
try:
    print("'%*d' % (10**30, 1)", '->', repr('%*d' % (10**30, 1)))
except Exception as exc:
    print("'%*d' % (10**30, 1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'%99999999999999999999d' % 1", '->', repr('%99999999999999999999d' % 1))
except Exception as exc:
    print("'%99999999999999999999d' % 1", '->', type(exc).__name__ + ':', exc)
try:
    print("'%.99999999999999999999d' % 1", '->', repr('%.99999999999999999999d' % 1))
except Exception as exc:
    print("'%.99999999999999999999d' % 1", '->', type(exc).__name__ + ':', exc)
try:
    print("'ΣΑΣ ΟΔΟΣ'.lower()", '->', repr('ΣΑΣ ΟΔΟΣ'.lower()))
except Exception as exc:
    print("'ΣΑΣ ΟΔΟΣ'.lower()", '->', type(exc).__name__ + ':', exc)
try:
    print("'ΣΑΣ'.swapcase()", '->', repr('ΣΑΣ'.swapcase()))
except Exception as exc:
    print("'ΣΑΣ'.swapcase()", '->', type(exc).__name__ + ':', exc)
try:
    print("'Σ'.lower()", '->', repr('Σ'.lower()))
except Exception as exc:
    print("'Σ'.lower()", '->', type(exc).__name__ + ':', exc)
try:
    print("'aΣ'.lower()", '->', repr('aΣ'.lower()))
except Exception as exc:
    print("'aΣ'.lower()", '->', type(exc).__name__ + ':', exc)
try:
    print("'aΣb'.lower()", '->', repr('aΣb'.lower()))
except Exception as exc:
    print("'aΣb'.lower()", '->', type(exc).__name__ + ':', exc)
try:
    print("'aΣ.'.lower()", '->', repr('aΣ.'.lower()))
except Exception as exc:
    print("'aΣ.'.lower()", '->', type(exc).__name__ + ':', exc)
try:
    print("'a\\'Σ'.lower()", '->', repr('a\'Σ'.lower()))
except Exception as exc:
    print("'a\\'Σ'.lower()", '->', type(exc).__name__ + ':', exc)
try:
    print("'ß'.upper()", '->', repr('ß'.upper()))
except Exception as exc:
    print("'ß'.upper()", '->', type(exc).__name__ + ':', exc)
try:
    print("'ßa'.title()", '->', repr('ßa'.title()))
except Exception as exc:
    print("'ßa'.title()", '->', type(exc).__name__ + ':', exc)
try:
    print("'ǆemal'.title()", '->', repr('ǆemal'.title()))
except Exception as exc:
    print("'ǆemal'.title()", '->', type(exc).__name__ + ':', exc)
try:
    print("'ǆemal'.capitalize()", '->', repr('ǆemal'.capitalize()))
except Exception as exc:
    print("'ǆemal'.capitalize()", '->', type(exc).__name__ + ':', exc)
try:
    print("'ﬁne'.capitalize()", '->', repr('ﬁne'.capitalize()))
except Exception as exc:
    print("'ﬁne'.capitalize()", '->', type(exc).__name__ + ':', exc)
try:
    print("'İ'.lower()", '->', repr('İ'.lower()))
except Exception as exc:
    print("'İ'.lower()", '->', type(exc).__name__ + ':', exc)
try:
    print("'ß'.casefold()", '->', repr('ß'.casefold()))
except Exception as exc:
    print("'ß'.casefold()", '->', type(exc).__name__ + ':', exc)
try:
    print('"they\'re bill\'s".title()', '->', repr("they're bill's".title()))
except Exception as exc:
    print('"they\'re bill\'s".title()', '->', type(exc).__name__ + ':', exc)
try:
    print("'élève ÉCOLE à ça'.title()", '->', repr('élève ÉCOLE à ça'.title()))
except Exception as exc:
    print("'élève ÉCOLE à ça'.title()", '->', type(exc).__name__ + ':', exc)
try:
    print("'hello world'.capitalize()", '->', repr('hello world'.capitalize()))
except Exception as exc:
    print("'hello world'.capitalize()", '->', type(exc).__name__ + ':', exc)
try:
    print("'HELLO'.capitalize()", '->', repr('HELLO'.capitalize()))
except Exception as exc:
    print("'HELLO'.capitalize()", '->', type(exc).__name__ + ':', exc)
try:
    print("'ŉ'.upper()", '->', repr('ŉ'.upper()))
except Exception as exc:
    print("'ŉ'.upper()", '->', type(exc).__name__ + ':', exc)
try:
    print("'a\\tb\\n\\tc'.expandtabs()", '->', repr('a\tb\n\tc'.expandtabs()))
except Exception as exc:
    print("'a\\tb\\n\\tc'.expandtabs()", '->', type(exc).__name__ + ':', exc)
try:
    print("'a\\tb'.expandtabs(0)", '->', repr('a\tb'.expandtabs(0)))
except Exception as exc:
    print("'a\\tb'.expandtabs(0)", '->', type(exc).__name__ + ':', exc)
try:
    print("'é\\tb'.expandtabs(4)", '->', repr('é\tb'.expandtabs(4)))
except Exception as exc:
    print("'é\\tb'.expandtabs(4)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a\\r\\tb'.expandtabs(4)", '->', repr('a\r\tb'.expandtabs(4)))
except Exception as exc:
    print("'a\\r\\tb'.expandtabs(4)", '->', type(exc).__name__ + ':', exc)
try:
    print("'-42'.zfill(6)", '->', repr('-42'.zfill(6)))
except Exception as exc:
    print("'-42'.zfill(6)", '->', type(exc).__name__ + ':', exc)
try:
    print("'+é'.zfill(4)", '->', repr('+é'.zfill(4)))
except Exception as exc:
    print("'+é'.zfill(4)", '->', type(exc).__name__ + ':', exc)
try:
    print("'é'.center(4, '*')", '->', repr('é'.center(4, '*')))
except Exception as exc:
    print("'é'.center(4, '*')", '->', type(exc).__name__ + ':', exc)
try:
    print("'ab'.center(5,'*')", '->', repr('ab'.center(5,'*')))
except Exception as exc:
    print("'ab'.center(5,'*')", '->', type(exc).__name__ + ':', exc)
try:
    print("'abc'.center(6,'*')", '->', repr('abc'.center(6,'*')))
except Exception as exc:
    print("'abc'.center(6,'*')", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.center(4)", '->', repr('a'.center(4)))
except Exception as exc:
    print("'a'.center(4)", '->', type(exc).__name__ + ':', exc)
try:
    print("'ab'.center(7)", '->', repr('ab'.center(7)))
except Exception as exc:
    print("'ab'.center(7)", '->', type(exc).__name__ + ':', exc)
try:
    print("' a b  c '.split()", '->', repr(' a b  c '.split()))
except Exception as exc:
    print("' a b  c '.split()", '->', type(exc).__name__ + ':', exc)
try:
    print("' a b  c '.split(None, 1)", '->', repr(' a b  c '.split(None, 1)))
except Exception as exc:
    print("' a b  c '.split(None, 1)", '->', type(exc).__name__ + ':', exc)
try:
    print("' a b  c '.rsplit(None, 1)", '->', repr(' a b  c '.rsplit(None, 1)))
except Exception as exc:
    print("' a b  c '.rsplit(None, 1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a,b,,c'.split(',')", '->', repr('a,b,,c'.split(',')))
except Exception as exc:
    print("'a,b,,c'.split(',')", '->', type(exc).__name__ + ':', exc)
try:
    print("'a,b,,c'.rsplit(',', 2)", '->', repr('a,b,,c'.rsplit(',', 2)))
except Exception as exc:
    print("'a,b,,c'.rsplit(',', 2)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a\\u2003b\\xa0c'.split()", '->', repr('a\u2003b\xa0c'.split()))
except Exception as exc:
    print("'a\\u2003b\\xa0c'.split()", '->', type(exc).__name__ + ':', exc)
try:
    print("'a\\nb\\r\\nc\\rd\\x0be\\x1cf\\u2028g'.splitlines()", '->', repr('a\nb\r\nc\rd\x0be\x1cf\u2028g'.splitlines()))
except Exception as exc:
    print("'a\\nb\\r\\nc\\rd\\x0be\\x1cf\\u2028g'.splitlines()", '->', type(exc).__name__ + ':', exc)
try:
    print("'a\\nb\\r\\nc\\n'.splitlines(True)", '->', repr('a\nb\r\nc\n'.splitlines(True)))
except Exception as exc:
    print("'a\\nb\\r\\nc\\n'.splitlines(True)", '->', type(exc).__name__ + ':', exc)
try:
    print("''.splitlines()", '->', repr(''.splitlines()))
except Exception as exc:
    print("''.splitlines()", '->', type(exc).__name__ + ':', exc)
try:
    print("''.split()", '->', repr(''.split()))
except Exception as exc:
    print("''.split()", '->', type(exc).__name__ + ':', exc)
try:
    print("''.split(',')", '->', repr(''.split(',')))
except Exception as exc:
    print("''.split(',')", '->', type(exc).__name__ + ':', exc)
try:
    print("'  '.split(None,0)", '->', repr('  '.split(None,0)))
except Exception as exc:
    print("'  '.split(None,0)", '->', type(exc).__name__ + ':', exc)
try:
    print("'  a  b '.split(None,0)", '->', repr('  a  b '.split(None,0)))
except Exception as exc:
    print("'  a  b '.split(None,0)", '->', type(exc).__name__ + ':', exc)
try:
    print("'  a  b '.rsplit(None,0)", '->', repr('  a  b '.rsplit(None,0)))
except Exception as exc:
    print("'  a  b '.rsplit(None,0)", '->', type(exc).__name__ + ':', exc)
try:
    print("'abcabc'.replace('', '-')", '->', repr('abcabc'.replace('', '-')))
except Exception as exc:
    print("'abcabc'.replace('', '-')", '->', type(exc).__name__ + ':', exc)
try:
    print("'abcabc'.replace('', '-', 2)", '->', repr('abcabc'.replace('', '-', 2)))
except Exception as exc:
    print("'abcabc'.replace('', '-', 2)", '->', type(exc).__name__ + ':', exc)
try:
    print("'abc'.replace('b', 'é', 0)", '->', repr('abc'.replace('b', 'é', 0)))
except Exception as exc:
    print("'abc'.replace('b', 'é', 0)", '->', type(exc).__name__ + ':', exc)
try:
    print("'ééé'.replace('é', 'e', 2)", '->', repr('ééé'.replace('é', 'e', 2)))
except Exception as exc:
    print("'ééé'.replace('é', 'e', 2)", '->', type(exc).__name__ + ':', exc)
try:
    print("'aéb'.find('b')", '->', repr('aéb'.find('b')))
except Exception as exc:
    print("'aéb'.find('b')", '->', type(exc).__name__ + ':', exc)
try:
    print("'aéb'.rfind('é', 0, 2)", '->', repr('aéb'.rfind('é', 0, 2)))
except Exception as exc:
    print("'aéb'.rfind('é', 0, 2)", '->', type(exc).__name__ + ':', exc)
try:
    print("'aéb'.index('b', -1)", '->', repr('aéb'.index('b', -1)))
except Exception as exc:
    print("'aéb'.index('b', -1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'aéaé'.count('é', 2)", '->', repr('aéaé'.count('é', 2)))
except Exception as exc:
    print("'aéaé'.count('é', 2)", '->', type(exc).__name__ + ':', exc)
try:
    print("'aé'.startswith('é', 1)", '->', repr('aé'.startswith('é', 1)))
except Exception as exc:
    print("'aé'.startswith('é', 1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'aé'.endswith(('x','é'))", '->', repr('aé'.endswith(('x','é'))))
except Exception as exc:
    print("'aé'.endswith(('x','é'))", '->', type(exc).__name__ + ':', exc)
try:
    print("'abc'.endswith('bc', 0, 3)", '->', repr('abc'.endswith('bc', 0, 3)))
except Exception as exc:
    print("'abc'.endswith('bc', 0, 3)", '->', type(exc).__name__ + ':', exc)
try:
    print("'abc'.startswith('', 3)", '->', repr('abc'.startswith('', 3)))
except Exception as exc:
    print("'abc'.startswith('', 3)", '->', type(exc).__name__ + ':', exc)
try:
    print("'abc'.startswith('', 4)", '->', repr('abc'.startswith('', 4)))
except Exception as exc:
    print("'abc'.startswith('', 4)", '->', type(exc).__name__ + ':', exc)
try:
    print("'abc'.count('')", '->', repr('abc'.count('')))
except Exception as exc:
    print("'abc'.count('')", '->', type(exc).__name__ + ':', exc)
try:
    print("'abc'.count('', 4)", '->', repr('abc'.count('', 4)))
except Exception as exc:
    print("'abc'.count('', 4)", '->', type(exc).__name__ + ':', exc)
try:
    print("'abc'.count('', 3)", '->', repr('abc'.count('', 3)))
except Exception as exc:
    print("'abc'.count('', 3)", '->', type(exc).__name__ + ':', exc)
try:
    print("'aéb'.count('')", '->', repr('aéb'.count('')))
except Exception as exc:
    print("'aéb'.count('')", '->', type(exc).__name__ + ':', exc)
try:
    print("'  é  '.strip()", '->', repr('  é  '.strip()))
except Exception as exc:
    print("'  é  '.strip()", '->', type(exc).__name__ + ':', exc)
try:
    print("'xxéxx'.strip('x')", '->', repr('xxéxx'.strip('x')))
except Exception as exc:
    print("'xxéxx'.strip('x')", '->', type(exc).__name__ + ':', exc)
try:
    print("'xyéyx'.strip('xy')", '->', repr('xyéyx'.strip('xy')))
except Exception as exc:
    print("'xyéyx'.strip('xy')", '->', type(exc).__name__ + ':', exc)
try:
    print("'éaé'.strip('é')", '->', repr('éaé'.strip('é')))
except Exception as exc:
    print("'éaé'.strip('é')", '->', type(exc).__name__ + ':', exc)
try:
    print("'abc'.partition('b')", '->', repr('abc'.partition('b')))
except Exception as exc:
    print("'abc'.partition('b')", '->', type(exc).__name__ + ':', exc)
try:
    print("'abc'.rpartition('x')", '->', repr('abc'.rpartition('x')))
except Exception as exc:
    print("'abc'.rpartition('x')", '->', type(exc).__name__ + ':', exc)
try:
    print("'abc'.partition('x')", '->', repr('abc'.partition('x')))
except Exception as exc:
    print("'abc'.partition('x')", '->', type(exc).__name__ + ':', exc)
try:
    print("'aXbXc'.rpartition('X')", '->', repr('aXbXc'.rpartition('X')))
except Exception as exc:
    print("'aXbXc'.rpartition('X')", '->', type(exc).__name__ + ':', exc)
try:
    print("'Hello Wörld'.swapcase()", '->', repr('Hello Wörld'.swapcase()))
except Exception as exc:
    print("'Hello Wörld'.swapcase()", '->', type(exc).__name__ + ':', exc)
try:
    print("'ÀÉÎ'.lower()", '->', repr('ÀÉÎ'.lower()))
except Exception as exc:
    print("'ÀÉÎ'.lower()", '->', type(exc).__name__ + ':', exc)
try:
    print("'àéîç'.upper()", '->', repr('àéîç'.upper()))
except Exception as exc:
    print("'àéîç'.upper()", '->', type(exc).__name__ + ':', exc)
try:
    print("'œ'.upper()", '->', repr('œ'.upper()))
except Exception as exc:
    print("'œ'.upper()", '->', type(exc).__name__ + ':', exc)
try:
    print("'Straße'.upper()", '->', repr('Straße'.upper()))
except Exception as exc:
    print("'Straße'.upper()", '->', type(exc).__name__ + ':', exc)
try:
    print("'é'.isalpha()", '->', repr('é'.isalpha()))
except Exception as exc:
    print("'é'.isalpha()", '->', type(exc).__name__ + ':', exc)
try:
    print("'²'.isdigit()", '->', repr('²'.isdigit()))
except Exception as exc:
    print("'²'.isdigit()", '->', type(exc).__name__ + ':', exc)
try:
    print("'²'.isdecimal()", '->', repr('²'.isdecimal()))
except Exception as exc:
    print("'²'.isdecimal()", '->', type(exc).__name__ + ':', exc)
try:
    print("'½'.isnumeric()", '->', repr('½'.isnumeric()))
except Exception as exc:
    print("'½'.isnumeric()", '->', type(exc).__name__ + ':', exc)
try:
    print("'Élève'.istitle()", '->', repr('Élève'.istitle()))
except Exception as exc:
    print("'Élève'.istitle()", '->', type(exc).__name__ + ':', exc)
try:
    print("'élève'.islower()", '->', repr('élève'.islower()))
except Exception as exc:
    print("'élève'.islower()", '->', type(exc).__name__ + ':', exc)
try:
    print("'ÉLÈVE'.isupper()", '->', repr('ÉLÈVE'.isupper()))
except Exception as exc:
    print("'ÉLÈVE'.isupper()", '->', type(exc).__name__ + ':', exc)
try:
    print("'été_2'.isidentifier()", '->', repr('été_2'.isidentifier()))
except Exception as exc:
    print("'été_2'.isidentifier()", '->', type(exc).__name__ + ':', exc)
try:
    print("'2a'.isidentifier()", '->', repr('2a'.isidentifier()))
except Exception as exc:
    print("'2a'.isidentifier()", '->', type(exc).__name__ + ':', exc)
try:
    print("'\\xa0'.isspace()", '->', repr('\xa0'.isspace()))
except Exception as exc:
    print("'\\xa0'.isspace()", '->', type(exc).__name__ + ':', exc)
try:
    print("'\\xa0'.isprintable()", '->', repr('\xa0'.isprintable()))
except Exception as exc:
    print("'\\xa0'.isprintable()", '->', type(exc).__name__ + ':', exc)
try:
    print("'é'.isascii()", '->', repr('é'.isascii()))
except Exception as exc:
    print("'é'.isascii()", '->', type(exc).__name__ + ':', exc)
try:
    print("''.isalpha()", '->', repr(''.isalpha()))
except Exception as exc:
    print("''.isalpha()", '->', type(exc).__name__ + ':', exc)
try:
    print("'🚀'.isprintable()", '->', repr('🚀'.isprintable()))
except Exception as exc:
    print("'🚀'.isprintable()", '->', type(exc).__name__ + ':', exc)
try:
    print("'a b'.isalnum()", '->', repr('a b'.isalnum()))
except Exception as exc:
    print("'a b'.isalnum()", '->', type(exc).__name__ + ':', exc)
