# flags: --display
import asyncio

async def ticker(name, n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        print(f"{name} tick {i} at {asyncio.get_running_loop().time()}")

t1 = asyncio.create_task(ticker("bg-a", 3, 1))
t2 = asyncio.create_task(ticker("bg-b", 2, 1.5))
await asyncio.sleep(0)
print("top-level code ends; the tasks keep running")
t1.done()
