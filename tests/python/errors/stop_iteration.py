it = iter([1, 2])
print(next(it), next(it))
print(next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))

def gen():
    yield 1
    return "returned"

g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)
next(it)
