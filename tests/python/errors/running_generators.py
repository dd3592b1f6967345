# A generator or coroutine that is running, used again from inside itself (for, yield from,
# await), and chains of them deeper than the recursion limit: errors, never a hang.
import asyncio


def loops_over_itself():
    for x in it:
        yield x


it = loops_over_itself()
try:
    next(it)
except ValueError as e:
    print("for:", type(e).__name__, e)


def delegates_to_itself():
    yield from it2


it2 = delegates_to_itself()
try:
    next(it2)
except ValueError as e:
    print("yield from:", type(e).__name__, e)


def nest(n):
    if n:
        for x in nest(n - 1):
            yield x
    else:
        yield 0


try:
    print(list(nest(50)))
    list(nest(100000))
except RecursionError as e:
    print("generators:", type(e).__name__, e)


async def deep(n):
    return await deep(n - 1) + 1 if n else 0


async def awaits_itself():
    await me


async def main():
    print(await deep(50))
    try:
        await deep(100000)
    except RecursionError as e:
        print("awaits:", type(e).__name__, e)
    global me
    me = awaits_itself()
    try:
        await me
    except (ValueError, RuntimeError) as e:
        print("await itself:", type(e).__name__, e)


asyncio.run(main())


def delegating(n):
    if n:
        return (yield from delegating(n - 1)) + 1
    yield 0
    return 0


gen = delegating(50)
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("returned", e.value)
try:
    next(delegating(100000))
except RecursionError as e:
    print("yield from chain:", type(e).__name__, e)


async def waits():
    await asyncio.sleep(0.1)
    return "done"


async def second_awaiter():
    shared = waits()
    first = asyncio.create_task(awaiter(shared))
    await asyncio.sleep(0)
    try:
        await shared
    except RuntimeError as e:
        print("second await:", type(e).__name__, e)
    print(await first)


async def awaiter(coro):
    return await coro


asyncio.run(second_awaiter())
