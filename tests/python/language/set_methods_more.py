def attempt(f):
    try:
        r = f()
        print("ok", repr(r) if not isinstance(r, (set, frozenset)) else sorted(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
S = sorted
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(S(a | b), S(a & b), S(a - b), S(a ^ b), S(b - a))
print(S(a.union([9], (8,), b)), S(a.intersection([1, 2, 9], {2, 1})), S(a.difference([1], {2})), S(a.symmetric_difference([4, 4, 7])))
print(a < b, a <= a, a == {4, 3, 2, 1}, a != b, {3} < b, b > {3}, b >= b, {1} > {1})
print(a.issubset([1, 2, 3, 4, 5]), a.issuperset([1, 1]), a.isdisjoint([7, 8]), a.isdisjoint(b), frozenset([1]).issubset(a))
fa = frozenset(a)
print(type(fa | b).__name__, type(b | fa).__name__, type(fa.union()).__name__, fa.copy() is fa, type(a.copy()).__name__)
c = set(a)
c.add(10); c.discard(1); c.discard(99); c.remove(2)
print(S(c))
attempt(lambda: c.remove(99))
attempt(lambda: c.remove([]))
attempt(lambda: c.add([]))
attempt(lambda: set().pop())
attempt(lambda: c.union(1))
attempt(lambda: c.add())
attempt(lambda: c.union(x=1))
attempt(lambda: c.symmetric_difference(1, 2))
attempt(lambda: c.issubset())
attempt(lambda: set.union(frozenset()))
attempt(lambda: a | [1])
attempt(lambda: a < [1])
attempt(lambda: fa.add(1))
u = {frozenset({1})}
u.remove({1}); print(u)
u = {frozenset({1})}
u.discard({1}); print(u)
attempt(lambda: {1}.remove({1}))
c = {1, 2, 3}
c.update([4], (5,)); print(S(c))
c.intersection_update([1, 2, 3, 4, 9], {1, 2, 4}); print(S(c))
c.difference_update([1], [4]); print(S(c))
c.symmetric_difference_update([2, 7, 7]); print(S(c))
c |= {1}; c &= {1, 7}; c -= {7}; c ^= {5}; print(S(c))
d = c; d |= {9}; print(d is c, S(c))
f = frozenset({1}); g = f; g |= {2}; print(S(f), S(g), f is g)
s = set(range(100))
total = 0
while s: total += s.pop()
print(total)
print(S({1, 2, 3}.pop() for _ in range(1)))
x = {1, 2}
x.update(x); x.intersection_update(x); print(S(x)); x.symmetric_difference_update(x); print(x)
y = {1, 2}; y.difference_update(y); print(y)
print({1, 1.0, True}, {1} | {1.0}, {1.0} & {1}, {'a': 1}.keys() - {'a'})
class S2(set): pass
print(type(S2([1]) | {2}).__name__, type(S2([1]).union()).__name__, type(S2([1]).copy()).__name__)
print(set().union(), set().intersection(), set().difference(), S(set.union({1}, [2], (3,))))
