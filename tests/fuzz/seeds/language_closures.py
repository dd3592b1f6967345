def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())

def make_multipliers():
    return [lambda x: x * i for i in range(4)]

print([m(10) for m in make_multipliers()])
print([m(10) for m in [lambda x, i=i: x * i for i in range(4)]])

def outer():
    x = "outer"
    def inner():
        return x
    x = "changed"
    return inner()

print(outer())
