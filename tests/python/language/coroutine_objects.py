import asyncio

async def add(a, b):
    await asyncio.sleep(0)
    return a + b

coro = add(1, 2)
print(type(coro).__name__, asyncio.iscoroutine(coro), asyncio.iscoroutinefunction(add))
print(asyncio.run(coro))
try:
    asyncio.run(coro)
except RuntimeError as e:
    print("RuntimeError:", e)

async def main():
    c = add(3, 4)
    print(c.__name__, c.__qualname__)
    return await c

print(asyncio.run(main()))
