from collections.abc import Sequence, Mapping
class Deck(Sequence):
    def __init__(self): self.cards = ['A', 'K']
    def __len__(self): return len(self.cards)
    def __getitem__(self, i): return self.cards[i]
class Conf(Mapping):
    def __init__(self): self.d = {'host': 'x', 'port': 80}
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
class Plain:
    pass
class Reg:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i > 1: raise IndexError
        return i
Sequence.register(Reg)
for subject in (Deck(), Conf(), Plain(), Reg(), 'ab', [1, 2]):
    match subject:
        case [first, *rest]:
            print('sequence', first, rest)
        case {'host': host, **others}:
            print('mapping', host, others)
        case _:
            print('other', type(subject).__name__)
