import asyncio
async def f(x):
    await asyncio.sleep(0)
    return x + 1
r = await f(1)
print(r)
t = asyncio.create_task(f(10))
print(await asyncio.wait_for(t, 1))
asyncio.get_event_loop().call_soon(print, "later")
await asyncio.sleep(0)
x = [await f(i) for i in range(3)]
x
