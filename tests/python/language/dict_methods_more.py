def attempt(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('a', 9), d.setdefault('c', 3), d.setdefault('n'), d)
print(d.pop('n'), d.pop('zz', 'dflt'), d)
attempt(lambda: d.pop('zz'))
attempt(lambda: {}.pop([], 1))
attempt(lambda: {1: 2}.pop([], 1))
attempt(lambda: d.get([]))
attempt(lambda: d.get())
attempt(lambda: d.get(1, 2, 3))
attempt(lambda: d.get(x=1))
attempt(lambda: {}.popitem())
attempt(lambda: d.keys(1))
e = dict(d)
print(e.popitem(), e.popitem(), e)
d.update({'x': 10}); d.update([('y', 11), ['z', 12]]); d.update(w=13); d.update({'a': 0}, b=-1); d.update()
print(d)
attempt(lambda: d.update([(1, 2, 3)]))
attempt(lambda: d.update([1]))
attempt(lambda: d.update(['ab', 'abc']))
attempt(lambda: d.update(1))
attempt(lambda: d.update({}, {}))
print({}.update(['ab', 'cd']) or dict(['ab', 'cd']))
class Mapping:
    def keys(self): return ['k1', 'k2']
    def __getitem__(self, k): return k.upper()
f = {}
f.update(Mapping()); print(f)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], []), {}.fromkeys((1,), 0))
class D(dict): pass
print(type(D.fromkeys('ab')).__name__, D.fromkeys('ab'), type(D(a=1).copy()).__name__)
attempt(lambda: dict.fromkeys())
attempt(lambda: dict.fromkeys(1))
ks, vs, its = d.keys(), d.values(), d.items()
print(ks, vs, its)
print(list(ks), list(vs), list(its), len(ks), 'a' in ks, ('a', 0) in its, 0 in vs)
d['new'] = 1
print(ks)
c = d.copy(); c['q'] = 1; print('q' in d, 'q' in c, c is d)
c.clear(); print(c, len(c))
print(sorted(d.keys() & {'a', 'zz', 'x'}), sorted(d.keys() | {'zz'})[:3], sorted({'a', 'q'} - d.keys()), sorted(d.keys() ^ ['a', 'q'])[:3])
print({'a': 1}.keys() == {'a'}, {'a'} == {'a': 1}.keys(), {'a': 1}.items() == {('a', 1)}, {'a'} < {'a': 1, 'b': 2}.keys())
print({1: []}.items() == {1: []}.items())
big = {i: i * i for i in range(1000)}
print(sum(big.pop(i) for i in range(0, 1000, 2)), len(big), big.popitem(), len(big))
while big: big.popitem()
print(big)
