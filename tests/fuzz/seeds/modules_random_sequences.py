import random

for seed in [0, 1, 12345, -7, 2 ** 40 + 3]:
    random.seed(seed)
    print(seed, round(random.random(), 12), random.randint(0, 10 ** 12), random.getrandbits(8))

random.seed(3)
print(random.choices("abc", k=8))
print(random.choices([1, 2, 3], weights=[10, 1, 1], k=6))
print(random.sample("abcdefgh", 3), random.randrange(10))
deck = [f"{v}{s}" for s in "SH" for v in "A23"]
random.shuffle(deck)
print(deck)
r = random.Random(99)
print(r.random(), r.randint(1, 100), r.choice("xyz"))
print(round(random.gauss(0, 1), 10), round(random.triangular(0, 10), 10))
