import random

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

r = random.Random(2024)
for name, args in [("expovariate", (1.5,)), ("gauss", (0, 1)), ("gauss", (5, 2)),
                   ("normalvariate", (10, 3)), ("lognormvariate", (0, 0.5)),
                   ("betavariate", (2, 3)), ("gammavariate", (0.5, 1)), ("gammavariate", (1, 2)),
                   ("gammavariate", (3, 2)), ("vonmisesvariate", (1, 4)),
                   ("vonmisesvariate", (0, 0)), ("paretovariate", (3,)),
                   ("weibullvariate", (1, 2)), ("triangular", (0, 10, 8)), ("uniform", (-1, 1))]:
    print(name, round(getattr(r, name)(*args), 9))
print(r.randbytes(6), r.getrandbits(70), r.randrange(10 ** 30, 10 ** 30 + 5), type(r))
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)], len(state), len(state[1]), state[0])
print(r.sample(["a", "b", "c"], 5, counts=[1, 3, 2]), r.sample(range(10 ** 6), 3))
print(r.choices("xyz", cum_weights=[1, 1, 5], k=6), r.choices("ab", [0, 1], k=3))
for seed in ["hello", b"bytes", 3.25, "v1"]:
    random.seed(seed)
    print(seed, random.random(), random.randint(1, 1000))
random.seed("v1", version=1)
print(random.random())
t(lambda: random.seed([1]))
t(lambda: random.randrange(0))
t(lambda: random.randrange(1, 5, 0))
t(lambda: random.choice([]))
t(lambda: random.sample([1, 2], 3))
t(lambda: random.sample({1, 2}, 1))
t(lambda: random.choices("ab", [1], k=1))
t(lambda: random.choices("ab", 2))
t(lambda: random.gammavariate(0, 1))
t(lambda: random.getrandbits(-1))
t(lambda: random.setstate((2, (), None)))
t(lambda: random.setstate((3, (1, 2), None)))
