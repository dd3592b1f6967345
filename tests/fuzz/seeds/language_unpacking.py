a, *b = [1, 2, 3, 4]
print(a, b)
*init, last = "hello"
print(init, last)
first, *middle, end = range(5)
print(first, middle, end)
(x, y), z = (1, 2), 3
print(x, y, z)
a, b = b, a
print(a, b)

def f(*args, **kwargs):
    return args, kwargs

print(f(*[1, 2], 3, *(4,), k=1, **{"m": 2}))
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2}, d1 | d2, {**d2, **d1})
print([*range(3), *"ab", *{1: 0}])
print((*[1, 2],), {*[1, 1, 2]})
for i, (name, score) in enumerate([("ana", 3), ("ben", 5)]):
    print(i, name, score)
