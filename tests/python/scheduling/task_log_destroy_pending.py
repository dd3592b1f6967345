# Task._log_destroy_pending: an attribute of every task, which gather() clears on the tasks it
# makes from coroutines (the engine once answered each of them with an AttributeError).
import asyncio


async def child(n):
    await asyncio.sleep(0)
    return n


async def main():
    task = asyncio.create_task(child(1))
    print(task._log_destroy_pending)
    for value in (False, 1, None, 'yes', 0, [], [1]):
        task._log_destroy_pending = value
        print(repr(value), task._log_destroy_pending)
    print(await task)

    coros = [child(i) for i in range(3)]
    gathering = asyncio.gather(*coros, asyncio.ensure_future(child(9)))
    print([t._log_destroy_pending for t in gathering._children])
    print(await gathering)


asyncio.run(main())
