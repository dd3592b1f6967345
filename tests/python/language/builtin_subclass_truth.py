class I(int): pass
class F(float): pass
class S(str): pass
class B(bytes): pass
class L(list): pass
class St(set): pass
class C(complex): pass
class T(tuple): pass
class D(dict): pass
class FS(frozenset): pass
class BoolInt(int):
    def __bool__(self): return False
class LenStr(str):
    def __len__(self): return 0
print([bool(x) for x in (I(0), I(5), F(0.0), F(2.5), S(''), S('a'), B(b''), B(b'x'), L(), L([1]), St(), St({1}), C(0), C(1j), T(), T((1,)), D(), D(a=1), FS(), FS({2}), BoolInt(3), LenStr('abc'))])
print(I(1).__bool__(), S('').__bool__() if hasattr(S(''), '__bool__') else '-', I(0).__bool__())
n = I(7)
while n:
    n = I(n - 3) if n > 3 else I(0)
print(n, not I(0), I(2) and 'yes', S('') or 'empty')
