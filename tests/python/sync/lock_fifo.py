import asyncio

async def waiter(lock, i, order):
    async with lock:
        order.append(i)
        await asyncio.sleep(0)

async def main():
    lock = asyncio.Lock()
    order = []
    await lock.acquire()
    tasks = [asyncio.create_task(waiter(lock, i, order)) for i in range(6)]
    await asyncio.sleep(0.1)
    lock.release()
    await asyncio.gather(*tasks)
    print(order)

asyncio.run(main())
