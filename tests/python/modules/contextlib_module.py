# contextlib: contextmanager, asynccontextmanager, suppress, nullcontext, closing, aclosing, the
# decorator form, and the errors of generators that do not yield once.
import asyncio
from contextlib import contextmanager, asynccontextmanager, suppress, nullcontext, closing, aclosing

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("p") as t:
    print("inside", t)

try:
    with tag("q"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))

with swallow():
    raise KeyError("k")
print("after swallow")

@contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def two_yields():
    yield 1
    yield 2

try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def reraise_other():
    try:
        yield
    except ZeroDivisionError:
        raise TypeError("converted")

try:
    with reraise_other():
        1 / 0
except TypeError as e:
    print("TypeError", e, type(e.__context__).__name__)

@contextmanager
def stop_iter():
    yield

try:
    with stop_iter():
        raise StopIteration("si")
except StopIteration as e:
    print("StopIteration passed through", e)

@tag("decorated")
def f(x):
    print("f", x)
    return x * 2
print(f(3))
print(f(4))

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
with suppress():
    pass
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed", e)

with nullcontext(5) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)

class Thing:
    def close(self):
        print("closed")
with closing(Thing()) as th:
    print("using", type(th).__name__)

@asynccontextmanager
async def session(name):
    print("open", name)
    await asyncio.sleep(0.1)
    try:
        yield name * 2
    finally:
        await asyncio.sleep(0.1)
        print("close", name)

@asynccontextmanager
async def bad_async():
    if False:
        yield

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finalized")

async def main():
    async with session("ab") as s:
        print("got", s)
    try:
        async with session("x"):
            raise ValueError("inner")
    except ValueError as e:
        print("caught async", e)
    try:
        async with bad_async():
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
    async with aclosing(agen()) as g:
        async for v in g:
            print("v", v)
            break
    async with nullcontext(7) as n:
        print("async null", n)

    @session("deco")
    async def work():
        print("working")
    await work()

asyncio.run(main())
print(type(tag("z")).__name__)
cm = tag("z")
print(cm.__enter__())
print(cm.__exit__(None, None, None))
try:
    contextmanager(5)()
except TypeError as e:
    print("TypeError", e)
