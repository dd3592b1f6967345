# asyncio.Runner (3.11): several run() calls on one loop, tasks that outlive a run() and go on
# in the next, and close(), which cancels what is left and closes the async generators.
import asyncio


async def background(label):
    try:
        while True:
            await asyncio.sleep(0.3)
            print(label, "tick")
    except asyncio.CancelledError:
        print(label, "cancelled at close")
        raise


async def countdown():
    try:
        for n in (3, 2, 1):
            yield n
    finally:
        print("countdown closed")


async def first():
    asyncio.create_task(background("bg"))
    await asyncio.sleep(0.5)
    return "first"


async def second():
    global gen
    gen = countdown()
    print("got", await gen.__anext__())
    await asyncio.sleep(0.4)
    return "second"


with asyncio.Runner() as runner:
    print(runner.run(first()))
    print(runner.run(second()))
    print(runner.get_loop() is runner.get_loop())
    try:
        runner.run(first)
    except ValueError as e:
        print("ValueError:", e)
print("closed")
coro = first()
try:
    runner.run(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()


async def nested():
    coro = first()
    try:
        asyncio.Runner().run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()

asyncio.run(nested())
