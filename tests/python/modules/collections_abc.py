import collections.abc
from collections.abc import Sequence, Mapping, MutableMapping, Iterable, Iterator, Hashable, Callable, Sized, Set
import collections.abc as cabc
print(collections.abc.Iterable is Iterable, cabc.Mapping is Mapping, Iterable, Mapping.__module__)
print([isinstance(x, Iterable) for x in ([], 'a', 1, {}, iter([]), (i for i in []))], isinstance([], Sequence), isinstance({}, Mapping), isinstance({}, Sequence))
print(isinstance(1, Hashable), isinstance([], Hashable), isinstance(len, Callable), isinstance(1, Callable), issubclass(list, Sized), isinstance({1}, Set), isinstance({}.keys(), Set))
class Deck(Sequence):
    def __init__(self): self.cards = ['A', 'K', 'Q']
    def __len__(self): return len(self.cards)
    def __getitem__(self, i): return self.cards[i]
d = Deck()
print(list(d), 'K' in d, d.index('Q'), d.count('A'), list(reversed(d)), isinstance(d, Iterable))
class Store(MutableMapping):
    def __init__(self): self.data = {}
    def __getitem__(self, k): return self.data[k]
    def __setitem__(self, k, v): self.data[k] = v
    def __delitem__(self, k): del self.data[k]
    def __iter__(self): return iter(self.data)
    def __len__(self): return len(self.data)
s = Store(); s['a'] = 1; s.update(b=2); s.setdefault('c', 3)
print(len(s), s.get('x', 0), 'a' in s, s.pop('a'), sorted(s), s == {'b': 2, 'c': 3}, isinstance(s, Mapping))
class Half(Sequence):
    def __len__(self): return 0
try: Half()
except TypeError as e: print(e)
class Counter3:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(isinstance(Counter3(), Iterator), list(Counter3()))
