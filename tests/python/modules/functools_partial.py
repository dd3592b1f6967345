import asyncio
import functools

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

def show(*args, **kwargs):
    return args, kwargs

p = functools.partial(show, 1, 2, a=3)
print(p(), p(4, b=5), p(a=9))
print(repr(p))
print(repr(functools.partial(max, [1], key=None)), repr(functools.partial(len)))
print(type(p), type(p).__name__, callable(p), p.func is show, p.args, p.keywords)
q = functools.partial(p, 7, c=8)
print(q.func is show, q.args, q.keywords, q())
r = functools.partial(show)
r.note = "attribute"
s = functools.partial(r, 1)
print(s.func is r, s.args, s())

class Tagged(functools.partial):
    pass

tg = Tagged(show, "x")
print(repr(tg), tg("y"), isinstance(tg, functools.partial))
rec = functools.partial(show)
rec.args  # read
lst = [1]
own = functools.partial(show, lst)
lst.append(own)
print(repr(own).count("..."))
t(lambda: functools.partial())
t(lambda: functools.partial(1))
t(lambda: functools.partial(func=show))
t(lambda: functools.partial(show, 1, x=1)(x=2, **{"y": 3}))
t(lambda: functools.partial(int, base=2)("102"))

class C:
    m = functools.partial(show, "unbound")

print(C().m(1))

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_soon(functools.partial(print, "called soon", end="!\n"))
    loop.call_later(0.5, functools.partial(done.set_result, "later"))
    print(await done)
    results = []
    loop.call_soon(functools.partial(results.append, 1))
    await asyncio.sleep(0)
    print(results)
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=1)
    except TimeoutError:
        print("timed out at", loop.time())
    tasks = [asyncio.create_task(asyncio.sleep(d, result=d)) for d in (1, 2)]
    finished, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(len(finished), len(pending), [t.result() for t in finished])
    await asyncio.gather(*pending)

asyncio.run(main())
