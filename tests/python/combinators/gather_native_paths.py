# gather() over each kind of argument: coroutines, tasks, futures, a nested gather, an argument
# given twice, return_exceptions, errors after the first, cancellation of the outer future and
# of a child, a child's repr, and what gather() leaves to Python: a Future subclass, an object
# with __await__, no argument, a non-bool return_exceptions, an unknown keyword.
import asyncio


async def value(x, delay=0.01):
    await asyncio.sleep(delay)
    return x


async def fail(message, delay=0.01):
    await asyncio.sleep(delay)
    raise ValueError(message)


class MyFuture(asyncio.Future):
    def result(self):
        return ('mine', super().result())


class Ready:
    def __await__(self):
        yield
        return 'ready'


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(value('task'))
    fut = loop.create_future()
    loop.call_later(0.02, fut.set_result, 'future')
    coro = value('twice')
    print(await asyncio.gather(value(1), task, fut, coro, coro, task))
    inner = asyncio.gather(value('a'), value('b'))
    print(await asyncio.gather(inner, value('c', 0.05)))

    print(await asyncio.gather(value(1), fail('x'), fail('y', 0.02), return_exceptions=True))
    try:
        await asyncio.gather(fail('first'), fail('second', 0.02), value(3))
    except ValueError as e:
        print('raised', e)
    await asyncio.sleep(0.05)  # the second error is retrieved: no "never retrieved" report

    slow = asyncio.create_task(value('slow', 1))
    outer = asyncio.gather(value('quick'), slow)
    print(repr(slow).split(' cb=')[1].split(' at ')[0])
    await asyncio.sleep(0.02)
    print('cancel', outer.cancel('stop'), outer.cancel())
    try:
        await outer
    except asyncio.CancelledError as e:
        print('outer cancelled', repr(e), outer.cancelled())

    victim = asyncio.create_task(value('victim', 1))
    outer = asyncio.gather(value('ok'), victim, return_exceptions=True)
    await asyncio.sleep(0.02)
    victim.cancel('by hand')
    print(await outer)

    mine = MyFuture()
    loop.call_soon(mine.set_result, 5)
    print(await asyncio.gather(mine, Ready(), value(6)))
    print(await asyncio.gather())
    print(await asyncio.gather(value(7), return_exceptions=1))
    try:
        asyncio.gather(value(8), return_exception=True)
    except TypeError as e:
        print('TypeError', e)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))


asyncio.run(main())
