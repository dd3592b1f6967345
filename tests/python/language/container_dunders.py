print('%s' % 'abc', '%s %s' % ('a', 'b'), '%s' % (1,), '%s' % ['x'], '%s' % b'x', '%s' % range(2), '%(a)s' % {'a': 1})
for e in ["'%s %s' % 'ab'", "'%(a)s' % 'ab'", "'%(a)s' % ('a',)", "'x' % 'y'", "'x' % ('y',)", "'x' % ['y']", "'x' % b'y'"]:
    try: print(eval(e))
    except Exception as x: print(type(x).__name__, x)
print(list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(3))))
class L(list): pass
l = L([1, 2, 3]); print(len(l), bool(l), 2 in l, list(iter(l)), l[0], l.__len__(), bool(L()))
class D(dict): pass
d = D(a=1); print(len(d), 'a' in d, list(d), d['a'], d.__contains__('a'))
class S(str): pass
s = S('xy'); print(len(s), 'x' in s, list(s), s[1], s.__getitem__(0), s.__iter__().__next__())
print(str.__len__('abc'), list.__getitem__([4, 5], 1), tuple.__contains__((1,), 1), range(5).__getitem__(slice(1, 3)))
print(sorted(x for x in dir([]) if x.startswith('__') and x in ('__len__', '__iter__', '__getitem__', '__contains__')))
print(hasattr(iter([]), '__next__'), hasattr(5, '__iter__'), hasattr('a', '__iter__'), hasattr({}, '__len__'))
for e in ["[].__len__(1)", "'a'.__len__(1)", "[].__getitem__()", "'a'.__getitem__()", "(1,).__getitem__()", "range(3).__getitem__()", "[].__contains__()", "'a'.__contains__()", "set().__contains__()", "{}.__contains__()", "[].__iter__(1)", "list.__len__()", "dict.__len__(1)", "b'a'.__getitem__()", "frozenset().__contains__(1, 2)", "[].__len__(x=1)", "iter([]).__next__()", "iter([]).__next__(1)", "[].__getitem__(5)", "'a'.__getitem__('x')", "{}.__contains__([])", "set().__contains__([])", "list.__iter__(5)"]:
    try: print(repr(eval(e)))
    except Exception as x: print(e, type(x).__name__, x)
it = iter([1, 2])
print(it.__next__(), next(it))
g = (x for x in "ab")
print(g.__next__(), hasattr(g, "__iter__"), hasattr(it, "__iter__"), iter(it) is it)
try:
    it.__next__()
except StopIteration:
    print("stop")
