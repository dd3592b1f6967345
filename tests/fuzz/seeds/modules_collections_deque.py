from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d))
print(d.pop(), d.popleft(), d)
d.rotate(1)
print(d)
d.rotate(-2)
print(d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d, d[0], d[-1], 7 in d)
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(list(last3))
print(last3, last3.maxlen)
last3.appendleft("x")
print(last3)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
