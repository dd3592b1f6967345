import asyncio

async def main():
    event = asyncio.Event()
    event.set()
    print(await event.wait())
    event.clear()
    print(event.is_set())
    asyncio.get_running_loop().call_later(3, event.set)
    await event.wait()
    print("set again at", asyncio.get_running_loop().time())

asyncio.run(main())
