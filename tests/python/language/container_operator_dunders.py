# The operator dunders of str, bytes, list, tuple, dict and the sets, called explicitly and through
# super() in subclasses; bytes as dict keys.
print([1].__eq__([1]), 'a'.__eq__('a'), (1,).__ne__((2,)), {1}.__eq__({1}), {1: 2}.__eq__({1: 2}), 'a'.__lt__(1), {}.__lt__({}))
print('a'.__hash__() == hash('a'), (1, 2).__hash__() == hash((1, 2)), b'x'.__hash__() == hash(b'x'))
print([1].__add__([2]), 'a'.__add__('b'), (1,).__mul__(3), [0].__rmul__(2), 'ab'.__mul__(2), '%s!'.__mod__('x'), 'x'.__rmod__('%s?'))
print({1, 2}.__and__({2}), {1}.__or__(frozenset({3})), frozenset({1, 2}).__sub__({1}), {1}.__rsub__({1, 2}), {1}.__xor__([1]), {'a': 1}.__or__({'b': 2}), {'a': 1}.__ror__({'b': 2}))
class MyList(list):
    def __add__(self, other):
        return MyList(super().__add__(other))
    def __eq__(self, other):
        print('eq called')
        return super().__eq__(other)
m = MyList([1]) + [2]
print(type(m).__name__, m, m == [1, 2], [1, 2] == m)
class Name(str):
    def __hash__(self):
        return super().__hash__() + 1
    def __lt__(self, other):
        return super().__lt__(other.lower())
print(hash(Name('x')) == hash('x') + 1, Name('b') < 'A', sorted([Name('b'), Name('a')]))
class P(tuple):
    def __hash__(self):
        return super().__hash__()
print(hash(P((1, 2))) == hash((1, 2)))
try:
    [].__add__()
except TypeError as e: print(e)
try:
    str.__lt__(1, 'a')
except TypeError as e: print(e)
print([1, 2] < [1, 3], 'a' * 3, 3 * [1], {1} | {2})
print(hash(b'x') == hash(b'x'), {b'a': 1, b'b': 2}[b'b'], b'k' in {b'k'})
print(str.__add__, list.__lt__, set.__rxor__, int.__add__, list.__len__, dict.__getitem__, list.__getitem__, str.__getitem__, dict.__contains__, str.__contains__, str.upper, object.__eq__)
print(repr([].__len__).split(' at ')[0], repr('a'.upper).split(' at ')[0])
print(object().__lt__(1), (1j).__ge__(2j), object.__gt__)
'a'.__add__(1)
