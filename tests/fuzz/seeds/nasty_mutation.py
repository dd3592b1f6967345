l = list(range(10))
try:
    l.sort(key=lambda v: l.append(v) or v)
except ValueError as e:
    print(e)
d = {i: i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 1
except RuntimeError as e:
    print(e)
s = {1, 2, 3}
try:
    for v in s:
        s.add(v * 10)
except RuntimeError as e:
    print(e)
class Evil:
    def __eq__(self, other):
        d2.clear()
        return False
    def __hash__(self):
        return 1
d2 = {Evil(): 1, 1: 2}
print(d2.get(Evil()), len(d2))
l2 = [1, 2, 3]
for x in l2:
    if x < 100:
        l2.remove(x)
print(l2)
class Shrink:
    def __index__(self):
        big.clear()
        return 0
big = [1, 2, 3]
try:
    print(big[Shrink()])
except IndexError as e:
    print(e)
a = [3, 1, 2]
a[1:2] = a
a[::2] = [0] * len(a[::2])
del a[::-1][0]
print(a)
