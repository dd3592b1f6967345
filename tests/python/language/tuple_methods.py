point = (3, 4)
print(point[0], point[-1], len(point), point.count(3), point.index(4))
single = (5,)
print(single, type(single).__name__, type((5)).__name__, ())
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 3), (1, 2, 3) > (1, 2))
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
try:
    point[0] = 9
except TypeError as e:
    print("TypeError:", e)
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"k": 1}))
print(sorted([(2, "b"), (1, "z"), (2, "a")]), max([(1, 5), (2, 0)]))
print(hash((1, 2)) == hash((1, 2)), {(0, 0): "origin"}[(0, 0)])
x, y = point
print(f"x={x} y={y}", divmod(17, 5), type(divmod(17, 5)).__name__)
