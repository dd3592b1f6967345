def f(a, b):
    return a + b

def g(*, key):
    return key

five = 5
nothing = None

cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3),
    lambda: g(1),
    lambda: len(five),
    lambda: nothing(),
    lambda: five[0],
    lambda: {[1]: 2},
    lambda: "a" * "b",
    lambda: [1, 2] < "ab",
    lambda: int(None),
    lambda: sum(["a", "b"]),
    lambda: "x".join([1, 2]),
    lambda: iter(five),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(e)
