# Generators, coroutines and async generators used from inside themselves, self-referencing
# containers, and send() before the first yield: CPython's errors and reprs.
import asyncio

def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "!!", type(e).__name__, e)

def g1():
    yield g.send(None)
g = g1()
show("send to itself", lambda: next(g))

def g2():
    yield h.throw(ValueError("x"))
h = g2()
show("throw into itself", lambda: next(h))

def g3():
    yield k.close()
k = g3()
show("close itself", lambda: next(k))

def g4():
    yield 1
    yield 2
gg = g4()
show("next after close", lambda: (gg.close(), next(gg, "default")))

l = [1]
l.append(l)
show("self list", lambda: repr(l))
d = {}
d["me"] = d
show("self dict", lambda: repr(d))

async def ag():
    yield 1
    await agen.athrow(ValueError("y"))
    yield 2

async def main():
    global agen
    agen = ag()
    print(await agen.__anext__())
    try:
        print(await agen.__anext__())
    except BaseException as e:
        print("athrow itself !!", type(e).__name__, e)

    async def c():
        return 1
    co = c()
    print(await co)
    try:
        await co
    except RuntimeError as e:
        print("reawait !!", e)
    t = asyncio.ensure_future(c())
    print(await t, await t)

asyncio.run(main())
show("gen expr send", lambda: (x for x in range(3)).send(5))
def g5():
    x = yield
    print("got", x)
    yield x * 2
g6 = g5()
show("send non-None first", lambda: g6.send(1))
show("prime", lambda: next(g6))
show("send", lambda: g6.send(21))

