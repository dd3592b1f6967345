# list methods, end to end
def attempt(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = [3, 1, 2]
a.append(4); a.extend([5, 6]); a.extend((7,)); a.extend(x for x in range(8, 10)); a.extend("ab")
print(a)
a.insert(0, 'first'); a.insert(-1, 'before-last'); a.insert(100, 'end'); a.insert(-100, 'start')
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a = [1, 2, 3, 2, 1]
a.remove(2); print(a)
print(a.index(1), a.index(1, 1), a.index(2, -3), a.index(3, -100, 100), a.count(1), a.count(9))
attempt(lambda: a.index(9))
attempt(lambda: a.index('x'))
attempt(lambda: a.index(1, 1, 2))
attempt(lambda: a.index(1, 'a'))
attempt(lambda: a.remove(9))
attempt(lambda: [].pop())
attempt(lambda: [1].pop(5))
attempt(lambda: [1].pop('a'))
attempt(lambda: [1].pop(2**70))
attempt(lambda: [].append())
attempt(lambda: [].append(1, 2))
attempt(lambda: [].append(x=1))
attempt(lambda: [].insert(1))
attempt(lambda: [].pop(1, 2))
attempt(lambda: [].pop(x=1))
attempt(lambda: [].index())
attempt(lambda: [].reverse(1))
attempt(lambda: [].sort(1))
attempt(lambda: [].sort(foo=1))
attempt(lambda: list.append(1, 2))
attempt(lambda: list.append())
b = [5, 3, 9]
c = b.copy(); c.append(0); print(b, c, b.copy() is b)
b.reverse(); print(b)
b.clear(); print(b, len(b))
b = [1, 2]; b.extend(b); print(b)
nan = float('nan')
print([nan].index(nan), [nan, nan].count(nan), nan in [nan])
# sorting
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
w = list(words); w.sort(key=lambda s: s[-1]); print(w)
w.sort(reverse=True); print(w)
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[1], reverse=True))
attempt(lambda: sorted([3, 'a', 1]))
m = [3, 1, 'a', 0]
try:
    m.sort()
except TypeError as e:
    print(e, m)
def bad_key(v):
    if v == 2: raise ValueError("no 2")
    return v
k = [3, 2, 1]
try:
    k.sort(key=bad_key)
except ValueError as e:
    print(e, k)
seen = []
def spy(v):
    seen.append(len(k2))
    return -v
k2 = [1, 2, 3]
k2.sort(key=spy); print(k2, seen)
def mutator(v):
    k3.append(v)
    return v
k3 = [2, 1]
attempt(lambda: k3.sort(key=mutator))
print(k3)
import random
r = random.Random(5)
big = [r.randrange(1000) for _ in range(5000)]
s = sorted(big)
print(all(s[i] <= s[i + 1] for i in range(len(s) - 1)), s[:5], s[-5:])
st = sorted(((r.randrange(10), i) for i in range(3000)), key=lambda t: t[0])
print(all(st[i][1] < st[i + 1][1] for i in range(len(st) - 1) if st[i][0] == st[i + 1][0]))
print(sorted([3.5, 1, True, 2.25, -1]), sorted(["b", "A", "a", "é", "B"]))
print(sorted([nan, 3.0, 1.0, nan, 2.0]))
class Rev:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v > other.v
    def __repr__(self): return "R%d" % self.v
print(sorted([Rev(1), Rev(3), Rev(2)]))
print(sorted([1, 2, 3], reverse=1), [3, 1].sort(reverse=False))
attempt(lambda: [1].sort(reverse=None))
attempt(lambda: [2, 1].sort(key=5))
t = (1, 2, 3, 2)
print(t.index(2), t.index(2, 2), t.count(2))
attempt(lambda: t.index(7))
attempt(lambda: t.count())
class L(list): pass
x = L([3, 1, 2]); x.sort(); x.append(9); print(x, type(x.copy()).__name__)
