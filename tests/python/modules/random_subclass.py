import random

class Fixed(random.Random):
    # random() alone: integers come from it (Lib/random.py's _randbelow_without_getrandbits).
    def __init__(self):
        super().__init__(0)
        self.n = 0

    def random(self):
        self.n += 1
        return (self.n * 0.37) % 1.0

f = Fixed()
print([f.randint(1, 10) for _ in range(8)], f.choice("abcdef"), f.n)
print(f.uniform(0, 100), type(f).__mro__[1])

class Bits(random.Random):
    def getrandbits(self, k):
        return (1 << k) - 1 if k < 3 else 5

b = Bits(1)
print([b.randrange(6) for _ in range(3)], b.random() < 1)

class Logged(random.Random):
    def seed(self, a=None, version=2):
        print("seed", a)
        super().seed(a, version)

lg = Logged(7)
print(lg.random(), lg.gauss_next, lg.VERSION)
lg.seed(7)
print(lg.random())
print(random.Random(7).random())
print(random.random.__self__.__class__ is random.Random, random.randint.__name__)
