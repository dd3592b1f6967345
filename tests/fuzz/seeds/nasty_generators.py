def g():
    try:
        x = yield 1
        print("got", x)
        yield x * 2
    finally:
        print("closing")
        yield 99
it = g()
print(next(it), it.send(5))
try:
    it.close()
except RuntimeError as e:
    print("RuntimeError", e)
def h():
    yield from range(3)
    return "done"
def outer():
    r = yield from h()
    print("result", r)
print(list(outer()))
gen = (i * i for i in range(5) if i % 2)
print(list(gen), list(gen))
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield str(e)
t = thrower()
next(t)
print(t.throw(ValueError("boom")))
try:
    t.throw(KeyError)
except KeyError:
    print("KeyError out")
def selfref():
    yield next(s)
s = selfref()
try:
    next(s)
except ValueError as e:
    print(e)
