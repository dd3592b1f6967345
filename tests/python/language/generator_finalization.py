# A generator dropped while suspended in a try or with block is closed at once (its finally
# blocks and __exit__ run), as CPython's reference counting does; one without is just freed.
import contextlib


@contextlib.contextmanager
def resource(name):
    print("open", name)
    try:
        yield name
    finally:
        print("close", name)


def lines():
    with resource("file"):
        yield "a"
        yield "b"


def first(gen):
    for item in gen:
        return item


print(first(lines()))
print("next")


def counter():
    n = 0
    try:
        while True:
            yield n
            n += 1
    except GeneratorExit:
        print("exit at", n)
        raise


c = counter()
for x in c:
    if x == 3:
        break
print("still alive")
c = None
print("replaced")

for x in counter():
    if x == 1:
        break
print("after the loop")

squares = (x * x for x in range(10))
print(next(squares))
del squares


def plain():
    yield 1
    yield 2


g = plain()
next(g)
del g
print("plain dropped")

kept = counter()
next(kept)
print("end")
