# types: MappingProxyType (a class's __dict__, vars() of a class), SimpleNamespace, the type names.
import types
class C:
    """doc"""
    x = 1
    def f(self): pass
d = C.__dict__
print(type(d), type(d).__name__, type(d).__qualname__, type(d).__module__)
print(d['x'], 'x' in d, 'y' in d, len(d) > 3, d.get('y'), d.get('y', 5), d.get('x'))
print(sorted(k for k in d if not k.startswith('__')))
print(list(d.keys())[:2], [k for k, v in d.items() if k == 'x'], type(d.copy()).__name__)
print(d == dict(d), d != {}, vars(C) == d, type(vars(C)).__name__)
print(repr(types.MappingProxyType({'a': 1})), str(types.MappingProxyType({'a': 1})))
m = types.MappingProxyType({'b': 2, 'a': 1})
print(m | {'c': 3}, {'z': 0} | m, list(reversed(m)), list(m.values()), len(m))
for bad in (lambda: d.__setitem__('y', 1), lambda: m.update({}), lambda: hash(m), lambda: types.MappingProxyType(3), lambda: types.MappingProxyType([1])):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    d['y'] = 2
except TypeError as e:
    print(e)
try:
    del d['x']
except TypeError as e:
    print(e)
try:
    m['zz']
except KeyError as e:
    print('KeyError', e)
C.y = 7
print(d['y'])
print(types.FunctionType, types.LambdaType is types.FunctionType, types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType)
print(types.MethodType, types.BuiltinFunctionType, types.BuiltinMethodType, types.ModuleType, types.NoneType, types.EllipsisType, types.NotImplementedType, types.CodeType, types.CellType)
async def co(): pass
def g(): yield
async def ag(): yield
c = co()
print(isinstance(c, types.CoroutineType), isinstance(g(), types.GeneratorType), isinstance(ag(), types.AsyncGeneratorType), isinstance(len, types.BuiltinFunctionType), isinstance(C().f, types.MethodType))
c.close()
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[1]), ns != types.SimpleNamespace())
print(types.SimpleNamespace(), repr(types.SimpleNamespace(z=types.SimpleNamespace(y=2))))
ns.self = ns
print(ns)
print(types.SimpleNamespace({'q': 1}, r=2) if hasattr(types, 'x') else 'skip')
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(e)
del ns.self
print(vars(ns))
print(types.MethodType(lambda self: self * 2, 21)())
