# flags: --display
import asyncio

async def f(x):
    await asyncio.sleep(x)
    return x * 2

q = asyncio.Queue()
q.put_nowait(3)
l = asyncio.Lock()
await l.acquire()
print(l, asyncio.Semaphore(3), asyncio.BoundedSemaphore(0), asyncio.Condition())
await asyncio.gather(f(1), f(2), asyncio.wait_for(f(0.5), 1))
q
