def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

acc = accumulator()
print(next(acc))
print(acc.send(10))
print(acc.send(5))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)

def delegator():
    result = yield from accumulator()
    yield f"sub-generator returned {result}"

d = delegator()
next(d)
d.send(1)
d.send(2)
print(d.send(None))

def closer():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed")

c = closer()
print(next(c))
c.close()
print("after close")
