a = {1, 2, 3, 4, 10, 20}
b = {3, 4, 5, 17, 33}
print(a | b, b | a, a & b, b & a, a - b, b - a, a ^ b, b ^ a)
print(a.union([40, 9], (8,)), a.intersection([33, 20, 1]), a.difference([2], {3}))
print(a.symmetric_difference([100, 10, 36]), {8, 1} ^ {16}, {16} ^ {8, 1})
print({10, 20, 30, 40, 50}, set([10, 20, 30, 40, 50]), {x * 10 for x in range(1, 6)})
s = set(range(20))
for i in range(0, 20, 3):
    s.discard(i)
s.add(3)
s.add(40)
print(s, len(s))
p = set(range(10, 30))
print([p.pop() for _ in range(5)], p)
p.add(10)
print(p.pop(), p.pop(), p)
big = set()
for i in range(100):
    big.add(i * 37 % 101)
print(list(big)[:12], len(big))
t = {-1, -2, 2 ** 61, 2 ** 61 - 1, 2 ** 64, -2 ** 63, 1.5, 0.5, -0.0, 2.0, True, (1, 2), (3,), ()}
print(t)
f = frozenset([5, 37, 69, 101, 2])
print(f, f | {1}, frozenset(range(12, 0, -1)), {frozenset({1}), frozenset({2, 3}), frozenset()})
print(hash(frozenset({1, 2, 3})), hash(frozenset()), hash((1, 2)), hash(-1), hash(2 ** 61))
u = set(range(50))
u -= set(range(0, 50, 2))
u |= {1000, 2000, -5}
print(u)
u &= set(range(-10, 30))
u ^= {3, 4, 5, 6}
print(u, set({5: 1, 3: 2, 17: 3, 1: 4}), set((9, 1, 17, 25)))
