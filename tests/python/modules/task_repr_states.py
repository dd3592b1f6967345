# The repr of a task in each state: "done, defined at" once finished, "cancelling" after
# cancel(), the future it waits for (a sleep's too), its done-callbacks.
import asyncio


async def sleeper(n):
    await asyncio.sleep(n)
    return n


async def fail():
    raise KeyError("k")


async def waiter(fut):
    return await fut


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(sleeper(1), name="sl")
    print(t)
    await asyncio.sleep(0)
    print(t)
    await t
    print(t)
    t2 = asyncio.create_task(fail())
    await asyncio.sleep(0)
    print(t2)
    t2.exception()
    t3 = asyncio.create_task(sleeper(5))
    await asyncio.sleep(0)
    t3.cancel()
    print(t3)
    await asyncio.sleep(0)
    print(t3)
    t4 = asyncio.create_task(sleeper(5))
    t4.cancel("why")
    print(t4)
    try:
        await t4
    except asyncio.CancelledError as e:
        print("cancelled", e.args)
    print(t4)
    fut = loop.create_future()
    t5 = asyncio.create_task(waiter(fut), name="it's")
    await asyncio.sleep(0)
    print(t5)
    print(fut)
    t5.cancel()
    print(t5)
    await asyncio.sleep(0)
    print(t5, fut)
    t6 = asyncio.create_task(sleeper(1))
    t6.add_done_callback(print)
    print(t6)
    await t6

asyncio.run(main())
