x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6, x == 5 != 6)
print("yes" if x > 3 else "no", "big" if x > 100 else "medium" if x > 4 else "small")
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b, None is None)
print(not x, not [], x and "truthy", 0 or "fallback", [] or {} or "last")
print(1 == 1.0, True == 1, "1" == 1, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(3 in [1, 2, 3], "z" not in "abc", (1, 2) in {(1, 2): 0})
def side(v):
    print("eval", v)
    return v
print(side(1) < side(2) < side(0) < side(3))
print(side(0) and side(1), side(1) or side(2))
