# A constant right operand is fused into its operation (`n - 1` is one instruction): the jumps
# that land on the constant or right after it must still see CPython's values.
def f(a, b, c):
    r = []
    r.append((a if c else b) - 1)      # a jump lands on the constant
    r.append(a - (1 if c else 2))      # a jump lands on the operation
    r.append(a - (b or 1))
    r.append(1 < a < 3)
    r.append(a < b < 3)
    r.append(a * 2 % 7)
    x = a
    x += 1
    x -= 2.5
    r.append(x)
    r.append(a < 10 and b > 2)
    r.append([i for i in range(5) if i % 2 == 0])
    t = (1,)
    t += (2, 3)
    s = 'x'
    s *= 3
    r.extend([a ** 2, a == 'x', t, s, a / 2, a // -3, 2 ** 70 - 1, a << 65])
    return r


print(f(5, 1, True))
print(f(-3, 0, False))
for left in (None, 'a', [1]):
    try:
        print(left - 1)
    except TypeError as e:
        print(e)
try:
    print(1 < 'a')
except TypeError as e:
    print(e)
n = 10
while n > 0:
    n -= 3
print(n)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(15))
print(fib('x'))
