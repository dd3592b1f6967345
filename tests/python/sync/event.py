import asyncio

async def waiter(event, name):
    print(name, "waiting")
    await event.wait()
    print(name, "released at", asyncio.get_running_loop().time())

async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, n)) for n in ("x", "y", "z")]
    await asyncio.sleep(2)
    print("is_set:", event.is_set())
    event.set()
    print("is_set:", event.is_set())
    await asyncio.gather(*tasks)

asyncio.run(main())
