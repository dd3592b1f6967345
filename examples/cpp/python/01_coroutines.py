import asyncio

async def coro():
    print('Hello world')

coro().close()  # created, never run (the notebook shows its repr and warns it was never awaited)
await coro()
