class A:
    x = 5
    def __init__(self): self.y=[1,2]
    def __getitem__(self,k): return f"item{k!r}"
class D(dict):
    def __missing__(self,k): return k.upper()
try:
    print("'{}'.format()", '->', repr('{}'.format()))
except Exception as exc:
    print("'{}'.format()", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0}{}'.format(1,2)", '->', repr('{0}{}'.format(1,2)))
except Exception as exc:
    print("'{0}{}'.format(1,2)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{}{0}'.format(1,2)", '->', repr('{}{0}'.format(1,2)))
except Exception as exc:
    print("'{}{0}'.format(1,2)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{2}'.format(1,2)", '->', repr('{2}'.format(1,2)))
except Exception as exc:
    print("'{2}'.format(1,2)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{a}'.format(1)", '->', repr('{a}'.format(1)))
except Exception as exc:
    print("'{a}'.format(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{'.format()", '->', repr('{'.format()))
except Exception as exc:
    print("'{'.format()", '->', type(exc).__name__ + ':', exc)
try:
    print("'}'.format()", '->', repr('}'.format()))
except Exception as exc:
    print("'}'.format()", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0'.format(1)", '->', repr('{0'.format(1)))
except Exception as exc:
    print("'{0'.format(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0!x}'.format(1)", '->', repr('{0!x}'.format(1)))
except Exception as exc:
    print("'{0!x}'.format(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0!}'.format(1)", '->', repr('{0!}'.format(1)))
except Exception as exc:
    print("'{0!}'.format(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0!r'.format(1)", '->', repr('{0!r'.format(1)))
except Exception as exc:
    print("'{0!r'.format(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0!rr}'.format(1)", '->', repr('{0!rr}'.format(1)))
except Exception as exc:
    print("'{0!rr}'.format(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0:{1}}'.format(1,5)", '->', repr('{0:{1}}'.format(1,5)))
except Exception as exc:
    print("'{0:{1}}'.format(1,5)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0:{1}{2}}'.format(1,5,'d')", '->', repr('{0:{1}{2}}'.format(1,5,'d')))
except Exception as exc:
    print("'{0:{1}{2}}'.format(1,5,'d')", '->', type(exc).__name__ + ':', exc)
try:
    print("'{:{}}'.format(1,5)", '->', repr('{:{}}'.format(1,5)))
except Exception as exc:
    print("'{:{}}'.format(1,5)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{:{:{}}}'.format(1,2,3)", '->', repr('{:{:{}}}'.format(1,2,3)))
except Exception as exc:
    print("'{:{:{}}}'.format(1,2,3)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0.}'.format(1)", '->', repr('{0.}'.format(1)))
except Exception as exc:
    print("'{0.}'.format(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0[}'.format(1)", '->', repr('{0[}'.format(1)))
except Exception as exc:
    print("'{0[}'.format(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0[0]x}'.format([1])", '->', repr('{0[0]x}'.format([1])))
except Exception as exc:
    print("'{0[0]x}'.format([1])", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0.x}'.format(A())", '->', repr('{0.x}'.format(A())))
except Exception as exc:
    print("'{0.x}'.format(A())", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0.y[1]}'.format(A())", '->', repr('{0.y[1]}'.format(A())))
except Exception as exc:
    print("'{0.y[1]}'.format(A())", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0[abc]}'.format(A())", '->', repr('{0[abc]}'.format(A())))
except Exception as exc:
    print("'{0[abc]}'.format(A())", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0[1]}'.format(A())", '->', repr('{0[1]}'.format(A())))
except Exception as exc:
    print("'{0[1]}'.format(A())", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0[-1]}'.format(A())", '->', repr('{0[-1]}'.format(A())))
except Exception as exc:
    print("'{0[-1]}'.format(A())", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0[ 1]}'.format(A())", '->', repr('{0[ 1]}'.format(A())))
except Exception as exc:
    print("'{0[ 1]}'.format(A())", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0.z}'.format(A())", '->', repr('{0.z}'.format(A())))
except Exception as exc:
    print("'{0.z}'.format(A())", '->', type(exc).__name__ + ':', exc)
try:
    print("'{a.x}'.format(a=A())", '->', repr('{a.x}'.format(a=A())))
except Exception as exc:
    print("'{a.x}'.format(a=A())", '->', type(exc).__name__ + ':', exc)
try:
    print("'{}'.format_map({})", '->', repr('{}'.format_map({})))
except Exception as exc:
    print("'{}'.format_map({})", '->', type(exc).__name__ + ':', exc)
try:
    print("'{a}'.format_map(D())", '->', repr('{a}'.format_map(D())))
except Exception as exc:
    print("'{a}'.format_map(D())", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0}'.format_map({'0':1})", '->', repr('{0}'.format_map({'0':1})))
except Exception as exc:
    print("'{0}'.format_map({'0':1})", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0}'.format_map({0:1})", '->', repr('{0}'.format_map({0:1})))
except Exception as exc:
    print("'{0}'.format_map({0:1})", '->', type(exc).__name__ + ':', exc)
try:
    print("'{{}}'.format()", '->', repr('{{}}'.format()))
except Exception as exc:
    print("'{{}}'.format()", '->', type(exc).__name__ + ':', exc)
try:
    print("'{{{0}}}'.format(1)", '->', repr('{{{0}}}'.format(1)))
except Exception as exc:
    print("'{{{0}}}'.format(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{!r}'.format('é')", '->', repr('{!r}'.format('é')))
except Exception as exc:
    print("'{!r}'.format('é')", '->', type(exc).__name__ + ':', exc)
try:
    print("'{!a}'.format('é')", '->', repr('{!a}'.format('é')))
except Exception as exc:
    print("'{!a}'.format('é')", '->', type(exc).__name__ + ':', exc)
try:
    print("'{:>10}'.format('é')", '->', repr('{:>10}'.format('é')))
except Exception as exc:
    print("'{:>10}'.format('é')", '->', type(exc).__name__ + ':', exc)
try:
    print("'{:*^9}'.format('café')", '->', repr('{:*^9}'.format('café')))
except Exception as exc:
    print("'{:*^9}'.format('café')", '->', type(exc).__name__ + ':', exc)
try:
    print("'{:.2}'.format('café')", '->', repr('{:.2}'.format('café')))
except Exception as exc:
    print("'{:.2}'.format('café')", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0:d}'.format('a')", '->', repr('{0:d}'.format('a')))
except Exception as exc:
    print("'{0:d}'.format('a')", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0:x<5}'.format('a')", '->', repr('{0:x<5}'.format('a')))
except Exception as exc:
    print("'{0:x<5}'.format('a')", '->', type(exc).__name__ + ':', exc)
try:
    print("'{:=5}'.format('a')", '->', repr('{:=5}'.format('a')))
except Exception as exc:
    print("'{:=5}'.format('a')", '->', type(exc).__name__ + ':', exc)
try:
    print("'{:+}'.format('a')", '->', repr('{:+}'.format('a')))
except Exception as exc:
    print("'{:+}'.format('a')", '->', type(exc).__name__ + ':', exc)
try:
    print("'{:#}'.format('a')", '->', repr('{:#}'.format('a')))
except Exception as exc:
    print("'{:#}'.format('a')", '->', type(exc).__name__ + ':', exc)
try:
    print("'{:,}'.format('a')", '->', repr('{:,}'.format('a')))
except Exception as exc:
    print("'{:,}'.format('a')", '->', type(exc).__name__ + ':', exc)
try:
    print("'{:05}'.format('ab')", '->', repr('{:05}'.format('ab')))
except Exception as exc:
    print("'{:05}'.format('ab')", '->', type(exc).__name__ + ':', exc)
try:
    print("'{:s}'.format('ab')", '->', repr('{:s}'.format('ab')))
except Exception as exc:
    print("'{:s}'.format('ab')", '->', type(exc).__name__ + ':', exc)
try:
    print("'{:5s}'.format('ab')", '->', repr('{:5s}'.format('ab')))
except Exception as exc:
    print("'{:5s}'.format('ab')", '->', type(exc).__name__ + ':', exc)
try:
    print("'{:^}'.format('ab')", '->', repr('{:^}'.format('ab')))
except Exception as exc:
    print("'{:^}'.format('ab')", '->', type(exc).__name__ + ':', exc)
try:
    print("'{:10.3s}|'.format('abcdef')", '->', repr('{:10.3s}|'.format('abcdef')))
except Exception as exc:
    print("'{:10.3s}|'.format('abcdef')", '->', type(exc).__name__ + ':', exc)
try:
    print("'{:ss}'.format('a')", '->', repr('{:ss}'.format('a')))
except Exception as exc:
    print("'{:ss}'.format('a')", '->', type(exc).__name__ + ':', exc)
try:
    print("'{:.}'.format('a')", '->', repr('{:.}'.format('a')))
except Exception as exc:
    print("'{:.}'.format('a')", '->', type(exc).__name__ + ':', exc)
try:
    print("'{:.a}'.format('a')", '->', repr('{:.a}'.format('a')))
except Exception as exc:
    print("'{:.a}'.format('a')", '->', type(exc).__name__ + ':', exc)
try:
    print("'{:5.2e}'.format(3.14159)", '->', repr('{:5.2e}'.format(3.14159)))
except Exception as exc:
    print("'{:5.2e}'.format(3.14159)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0:}'.format(1)", '->', repr('{0:}'.format(1)))
except Exception as exc:
    print("'{0:}'.format(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{:}'.format('a')", '->', repr('{:}'.format('a')))
except Exception as exc:
    print("'{:}'.format('a')", '->', type(exc).__name__ + ':', exc)
try:
    print("'{!s:>5}'.format(1)", '->', repr('{!s:>5}'.format(1)))
except Exception as exc:
    print("'{!s:>5}'.format(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0}}'.format(1)", '->', repr('{0}}'.format(1)))
except Exception as exc:
    print("'{0}}'.format(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0}{'.format(1)", '->', repr('{0}{'.format(1)))
except Exception as exc:
    print("'{0}{'.format(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'x{0[}'.format(1)", '->', repr('x{0[}'.format(1)))
except Exception as exc:
    print("'x{0[}'.format(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0]}'.format(1)", '->', repr('{0]}'.format(1)))
except Exception as exc:
    print("'{0]}'.format(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0[0]]}'.format([1])", '->', repr('{0[0]]}'.format([1])))
except Exception as exc:
    print("'{0[0]]}'.format([1])", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0[0].real}'.format([1])", '->', repr('{0[0].real}'.format([1])))
except Exception as exc:
    print("'{0[0].real}'.format([1])", '->', type(exc).__name__ + ':', exc)
try:
    print("'{:%}'.format(0.5)", '->', repr('{:%}'.format(0.5)))
except Exception as exc:
    print("'{:%}'.format(0.5)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0:{a}}'.format(1, a='>5')", '->', repr('{0:{a}}'.format(1, a='>5')))
except Exception as exc:
    print("'{0:{a}}'.format(1, a='>5')", '->', type(exc).__name__ + ':', exc)
try:
    print("'{: }'.format('a')", '->', repr('{: }'.format('a')))
except Exception as exc:
    print("'{: }'.format('a')", '->', type(exc).__name__ + ':', exc)
try:
    print("'{:_}'.format('a')", '->', repr('{:_}'.format('a')))
except Exception as exc:
    print("'{:_}'.format('a')", '->', type(exc).__name__ + ':', exc)
try:
    print("'{:z}'.format('a')", '->', repr('{:z}'.format('a')))
except Exception as exc:
    print("'{:z}'.format('a')", '->', type(exc).__name__ + ':', exc)
try:
    print("'{:<<<}'.format('a')", '->', repr('{:<<<}'.format('a')))
except Exception as exc:
    print("'{:<<<}'.format('a')", '->', type(exc).__name__ + ':', exc)
try:
    print("'{:\\n^5}'.format('a')", '->', repr('{:\n^5}'.format('a')))
except Exception as exc:
    print("'{:\\n^5}'.format('a')", '->', type(exc).__name__ + ':', exc)
try:
    print("'{:99999999999999999999}'.format('a')", '->', repr('{:99999999999999999999}'.format('a')))
except Exception as exc:
    print("'{:99999999999999999999}'.format('a')", '->', type(exc).__name__ + ':', exc)
try:
    print("'{:.99999999999999999999}'.format('a')", '->', repr('{:.99999999999999999999}'.format('a')))
except Exception as exc:
    print("'{:.99999999999999999999}'.format('a')", '->', type(exc).__name__ + ':', exc)
try:
    print("'{:<}'.format('a')", '->', repr('{:<}'.format('a')))
except Exception as exc:
    print("'{:<}'.format('a')", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0[0]}'.format({'0':1})", '->', repr('{0[0]}'.format({'0':1})))
except Exception as exc:
    print("'{0[0]}'.format({'0':1})", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0[0]}'.format({0:1})", '->', repr('{0[0]}'.format({0:1})))
except Exception as exc:
    print("'{0[0]}'.format({0:1})", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0:{{}}}'.format(1)", '->', repr('{0:{{}}}'.format(1)))
except Exception as exc:
    print("'{0:{{}}}'.format(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0!s:{1}}'.format(1,3)", '->', repr('{0!s:{1}}'.format(1,3)))
except Exception as exc:
    print("'{0!s:{1}}'.format(1,3)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{ }'.format(1)", '->', repr('{ }'.format(1)))
except Exception as exc:
    print("'{ }'.format(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{ 0}'.format(1)", '->', repr('{ 0}'.format(1)))
except Exception as exc:
    print("'{ 0}'.format(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0 }'.format(1)", '->', repr('{0 }'.format(1)))
except Exception as exc:
    print("'{0 }'.format(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{-1}'.format(1)", '->', repr('{-1}'.format(1)))
except Exception as exc:
    print("'{-1}'.format(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{1a}'.format(1)", '->', repr('{1a}'.format(1)))
except Exception as exc:
    print("'{1a}'.format(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{00}'.format(1)", '->', repr('{00}'.format(1)))
except Exception as exc:
    print("'{00}'.format(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{0x}'.format(1)", '->', repr('{0x}'.format(1)))
except Exception as exc:
    print("'{0x}'.format(1)", '->', type(exc).__name__ + ':', exc)
try:
    print("format('é', '>3')", '->', repr(format('é', '>3')))
except Exception as exc:
    print("format('é', '>3')", '->', type(exc).__name__ + ':', exc)
try:
    print("format('ab', 'c')", '->', repr(format('ab', 'c')))
except Exception as exc:
    print("format('ab', 'c')", '->', type(exc).__name__ + ':', exc)
try:
    print("format('ab', '=^5')", '->', repr(format('ab', '=^5')))
except Exception as exc:
    print("format('ab', '=^5')", '->', type(exc).__name__ + ':', exc)
try:
    print("format('ab', '')", '->', repr(format('ab', '')))
except Exception as exc:
    print("format('ab', '')", '->', type(exc).__name__ + ':', exc)
try:
    print("format('ab', '%')", '->', repr(format('ab', '%')))
except Exception as exc:
    print("format('ab', '%')", '->', type(exc).__name__ + ':', exc)
try:
    print("'{:{}}'.format('a', 'x'*5)", '->', repr('{:{}}'.format('a', 'x'*5)))
except Exception as exc:
    print("'{:{}}'.format('a', 'x'*5)", '->', type(exc).__name__ + ':', exc)
try:
    print("'{}'.format(*range(3))", '->', repr('{}'.format(*range(3))))
except Exception as exc:
    print("'{}'.format(*range(3))", '->', type(exc).__name__ + ':', exc)
try:
    print("'{:é^5}'.format('a')", '->', repr('{:é^5}'.format('a')))
except Exception as exc:
    print("'{:é^5}'.format('a')", '->', type(exc).__name__ + ':', exc)
try:
    print("format('abc', '.0')", '->', repr(format('abc', '.0')))
except Exception as exc:
    print("format('abc', '.0')", '->', type(exc).__name__ + ':', exc)
try:
    print("format('abc', '-')", '->', repr(format('abc', '-')))
except Exception as exc:
    print("format('abc', '-')", '->', type(exc).__name__ + ':', exc)
try:
    print("format('abc', ' 5')", '->', repr(format('abc', ' 5')))
except Exception as exc:
    print("format('abc', ' 5')", '->', type(exc).__name__ + ':', exc)
try:
    print("format('a', '0=5')", '->', repr(format('a', '0=5')))
except Exception as exc:
    print("format('a', '0=5')", '->', type(exc).__name__ + ':', exc)
