import asyncio

items = []

async def consumer(cond):
    async with cond:
        await cond.wait_for(lambda: len(items) >= 3)
        print("got", items, "at", asyncio.get_running_loop().time())

async def producer(cond):
    for i in range(5):
        await asyncio.sleep(1)
        async with cond:
            items.append(i)
            print("produced", i)
            cond.notify_all()

async def main():
    cond = asyncio.Condition()
    await asyncio.gather(consumer(cond), producer(cond))

asyncio.run(main())
