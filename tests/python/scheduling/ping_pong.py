import asyncio

async def player(name, delay, shots):
    for i in range(shots):
        await asyncio.sleep(delay)
        t = asyncio.get_running_loop().time()
        print(f"{t:4.1f} {name} {i}")

async def main():
    await asyncio.gather(player("ping", 0.3, 4), player("pong", 0.5, 3))

asyncio.run(main())
