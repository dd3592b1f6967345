import asyncio
import random

random.seed(2024)

async def worker(name):
    delay = random.randint(1, 5)
    await asyncio.sleep(delay)
    print(f"{name} slept {delay}s, finished at {asyncio.get_running_loop().time()}")
    return delay

async def main():
    delays = await asyncio.gather(*(worker(f"w{i}") for i in range(6)))
    print(delays, sum(delays), max(delays))

asyncio.run(main())
