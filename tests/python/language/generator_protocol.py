def sub():
    try:
        received = yield 1
        print("sub got", received)
        yield 2
    except ValueError as e:
        print("sub caught", e)
        yield "recovered"
        return "sub result"
    return "normal"

def outer():
    result = yield from sub()
    print("yield from gave", result)
    tail = yield from range(2)
    print("range gave", tail)

g = outer()
print(next(g), g.throw(ValueError("v")), next(g), next(g), next(g, "end"))
print(list(outer()))

def counter():
    yield 1
    return "done"

c = counter()
next(c)
try:
    next(c)
except StopIteration as e:
    print("value:", e.value)
try:
    counter().send(5)
except TypeError as e:
    print(e)
g = counter()
next(g)
g.close()
print(next(g, "closed"))
