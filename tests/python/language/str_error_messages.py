try:
    print("'a'.find()", '->', repr('a'.find()))
except Exception as exc:
    print("'a'.find()", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.find(1,2,3,4)", '->', repr('a'.find(1,2,3,4)))
except Exception as exc:
    print("'a'.find(1,2,3,4)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.find(1)", '->', repr('a'.find(1)))
except Exception as exc:
    print("'a'.find(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.count()", '->', repr('a'.count()))
except Exception as exc:
    print("'a'.count()", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.index('b')", '->', repr('a'.index('b')))
except Exception as exc:
    print("'a'.index('b')", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.rindex('b')", '->', repr('a'.rindex('b')))
except Exception as exc:
    print("'a'.rindex('b')", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.replace()", '->', repr('a'.replace()))
except Exception as exc:
    print("'a'.replace()", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.replace('a')", '->', repr('a'.replace('a')))
except Exception as exc:
    print("'a'.replace('a')", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.replace(1,'b')", '->', repr('a'.replace(1,'b')))
except Exception as exc:
    print("'a'.replace(1,'b')", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.replace('a',1)", '->', repr('a'.replace('a',1)))
except Exception as exc:
    print("'a'.replace('a',1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.replace('a','b',1,2)", '->', repr('a'.replace('a','b',1,2)))
except Exception as exc:
    print("'a'.replace('a','b',1,2)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.replace('a','b','c')", '->', repr('a'.replace('a','b','c')))
except Exception as exc:
    print("'a'.replace('a','b','c')", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.upper(1)", '->', repr('a'.upper(1)))
except Exception as exc:
    print("'a'.upper(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.upper(x=1)", '->', repr('a'.upper(x=1)))
except Exception as exc:
    print("'a'.upper(x=1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.split(1)", '->', repr('a'.split(1)))
except Exception as exc:
    print("'a'.split(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.split('a','b')", '->', repr('a'.split('a','b')))
except Exception as exc:
    print("'a'.split('a','b')", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.split('a',1,2)", '->', repr('a'.split('a',1,2)))
except Exception as exc:
    print("'a'.split('a',1,2)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.split(x=1)", '->', repr('a'.split(x=1)))
except Exception as exc:
    print("'a'.split(x=1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.split('')", '->', repr('a'.split('')))
except Exception as exc:
    print("'a'.split('')", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.join()", '->', repr('a'.join()))
except Exception as exc:
    print("'a'.join()", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.join(1)", '->', repr('a'.join(1)))
except Exception as exc:
    print("'a'.join(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.join([1])", '->', repr('a'.join([1])))
except Exception as exc:
    print("'a'.join([1])", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.join(['a',2])", '->', repr('a'.join(['a',2])))
except Exception as exc:
    print("'a'.join(['a',2])", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.center()", '->', repr('a'.center()))
except Exception as exc:
    print("'a'.center()", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.center('a')", '->', repr('a'.center('a')))
except Exception as exc:
    print("'a'.center('a')", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.center(5,'ab')", '->', repr('a'.center(5,'ab')))
except Exception as exc:
    print("'a'.center(5,'ab')", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.center(5,1)", '->', repr('a'.center(5,1)))
except Exception as exc:
    print("'a'.center(5,1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.strip(1)", '->', repr('a'.strip(1)))
except Exception as exc:
    print("'a'.strip(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.strip(1,2)", '->', repr('a'.strip(1,2)))
except Exception as exc:
    print("'a'.strip(1,2)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.lstrip(1)", '->', repr('a'.lstrip(1)))
except Exception as exc:
    print("'a'.lstrip(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.startswith(1)", '->', repr('a'.startswith(1)))
except Exception as exc:
    print("'a'.startswith(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.startswith((1,))", '->', repr('a'.startswith((1,))))
except Exception as exc:
    print("'a'.startswith((1,))", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.endswith(1)", '->', repr('a'.endswith(1)))
except Exception as exc:
    print("'a'.endswith(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.startswith()", '->', repr('a'.startswith()))
except Exception as exc:
    print("'a'.startswith()", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.partition('')", '->', repr('a'.partition('')))
except Exception as exc:
    print("'a'.partition('')", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.partition(1)", '->', repr('a'.partition(1)))
except Exception as exc:
    print("'a'.partition(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.rpartition(1)", '->', repr('a'.rpartition(1)))
except Exception as exc:
    print("'a'.rpartition(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.removeprefix(1)", '->', repr('a'.removeprefix(1)))
except Exception as exc:
    print("'a'.removeprefix(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.zfill('a')", '->', repr('a'.zfill('a')))
except Exception as exc:
    print("'a'.zfill('a')", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.zfill()", '->', repr('a'.zfill()))
except Exception as exc:
    print("'a'.zfill()", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.expandtabs('a')", '->', repr('a'.expandtabs('a')))
except Exception as exc:
    print("'a'.expandtabs('a')", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.splitlines(1,2)", '->', repr('a'.splitlines(1,2)))
except Exception as exc:
    print("'a'.splitlines(1,2)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.encode('foo')", '->', repr('a'.encode('foo')))
except Exception as exc:
    print("'a'.encode('foo')", '->', type(exc).__name__ + ':', exc)
try:
    print("'é'.encode('ascii')", '->', repr('é'.encode('ascii')))
except Exception as exc:
    print("'é'.encode('ascii')", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.encode(1)", '->', repr('a'.encode(1)))
except Exception as exc:
    print("'a'.encode(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.encode('utf-8','foo')", '->', repr('a'.encode('utf-8','foo')))
except Exception as exc:
    print("'a'.encode('utf-8','foo')", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.translate()", '->', repr('a'.translate()))
except Exception as exc:
    print("'a'.translate()", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.translate({97: 1.5})", '->', repr('a'.translate({97: 1.5})))
except Exception as exc:
    print("'a'.translate({97: 1.5})", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.translate({97: 1234567})", '->', repr('a'.translate({97: 1234567})))
except Exception as exc:
    print("'a'.translate({97: 1234567})", '->', type(exc).__name__ + ':', exc)
try:
    print('str.maketrans()', '->', repr(str.maketrans()))
except Exception as exc:
    print('str.maketrans()', '->', type(exc).__name__ + ':', exc)
try:
    print('str.maketrans(1)', '->', repr(str.maketrans(1)))
except Exception as exc:
    print('str.maketrans(1)', '->', type(exc).__name__ + ':', exc)
try:
    print("str.maketrans({'ab':1})", '->', repr(str.maketrans({'ab':1})))
except Exception as exc:
    print("str.maketrans({'ab':1})", '->', type(exc).__name__ + ':', exc)
try:
    print("str.maketrans('ab','c')", '->', repr(str.maketrans('ab','c')))
except Exception as exc:
    print("str.maketrans('ab','c')", '->', type(exc).__name__ + ':', exc)
try:
    print("str.maketrans('a',1)", '->', repr(str.maketrans('a',1)))
except Exception as exc:
    print("str.maketrans('a',1)", '->', type(exc).__name__ + ':', exc)
try:
    print('str.maketrans({1.5:1})', '->', repr(str.maketrans({1.5:1})))
except Exception as exc:
    print('str.maketrans({1.5:1})', '->', type(exc).__name__ + ':', exc)
try:
    print("str.maketrans('a','b',1)", '->', repr(str.maketrans('a','b',1)))
except Exception as exc:
    print("str.maketrans('a','b',1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.find('a', 'x')", '->', repr('a'.find('a', 'x')))
except Exception as exc:
    print("'a'.find('a', 'x')", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.find('a', 1.5)", '->', repr('a'.find('a', 1.5)))
except Exception as exc:
    print("'a'.find('a', 1.5)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.count(1)", '->', repr('a'.count(1)))
except Exception as exc:
    print("'a'.count(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.index()", '->', repr('a'.index()))
except Exception as exc:
    print("'a'.index()", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.ljust(5,'')", '->', repr('a'.ljust(5,'')))
except Exception as exc:
    print("'a'.ljust(5,'')", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.format_map()", '->', repr('a'.format_map()))
except Exception as exc:
    print("'a'.format_map()", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.format_map(1)", '->', repr('a'.format_map(1)))
except Exception as exc:
    print("'a'.format_map(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{a}'.format_map(1)", '->', repr('{a}'.format_map(1)))
except Exception as exc:
    print("'{a}'.format_map(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.rsplit(1)", '->', repr('a'.rsplit(1)))
except Exception as exc:
    print("'a'.rsplit(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.splitlines('x')", '->', repr('a'.splitlines('x')))
except Exception as exc:
    print("'a'.splitlines('x')", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.isalpha(1)", '->', repr('a'.isalpha(1)))
except Exception as exc:
    print("'a'.isalpha(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.casefold(1)", '->', repr('a'.casefold(1)))
except Exception as exc:
    print("'a'.casefold(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.title(1)", '->', repr('a'.title(1)))
except Exception as exc:
    print("'a'.title(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.expandtabs(1,2)", '->', repr('a'.expandtabs(1,2)))
except Exception as exc:
    print("'a'.expandtabs(1,2)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.expandtabs(tabsize='x')", '->', repr('a'.expandtabs(tabsize='x')))
except Exception as exc:
    print("'a'.expandtabs(tabsize='x')", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.encode('utf-8','strict',3)", '->', repr('a'.encode('utf-8','strict',3)))
except Exception as exc:
    print("'a'.encode('utf-8','strict',3)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.center(10**30)", '->', repr('a'.center(10**30)))
except Exception as exc:
    print("'a'.center(10**30)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.find('a', 10**30)", '->', repr('a'.find('a', 10**30)))
except Exception as exc:
    print("'a'.find('a', 10**30)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.split(maxsplit=10**30)", '->', repr('a'.split(maxsplit=10**30)))
except Exception as exc:
    print("'a'.split(maxsplit=10**30)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'*10", '->', repr('a'*10))
except Exception as exc:
    print("'a'*10", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.zfill(-5)", '->', repr('a'.zfill(-5)))
except Exception as exc:
    print("'a'.zfill(-5)", '->', type(exc).__name__ + ':', exc)
try:
    print("'a'.removesuffix()", '->', repr('a'.removesuffix()))
except Exception as exc:
    print("'a'.removesuffix()", '->', type(exc).__name__ + ':', exc)
