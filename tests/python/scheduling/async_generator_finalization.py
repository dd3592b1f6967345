# compare: whole stderr
# An async generator that a task leaves unfinished is closed by a task of its own once dropped
# (asyncio's async generator hooks), and asyncio.run closes the ones still alive at its end,
# reporting a close that failed. The closing tasks take task numbers.
import asyncio


async def numbers(label):
    try:
        for i in range(5):
            yield i
            await asyncio.sleep(0.1)
    finally:
        print(label, "closing")
        await asyncio.sleep(0.1)
        print(label, "closed")


async def plain():
    for i in range(3):
        yield i


async def broken():
    try:
        yield 1
    finally:
        raise ValueError("cannot close")


async def other():
    await asyncio.sleep(0)
    print("other task", asyncio.current_task().get_name())


async def main():
    async for n in numbers("first"):
        if n == 1:
            break
    print("broke out")
    async for n in plain():
        break
    t = asyncio.create_task(other())
    await asyncio.sleep(0.5)
    print("tasks so far", t.get_name())
    global kept, kept2
    kept = numbers("kept")
    print(await kept.__anext__())
    kept2 = broken()
    print(await kept2.__anext__())
    print("main done")


asyncio.run(main())
print("after run")


async def again():
    print(asyncio.current_task().get_name())


asyncio.run(again())
