import asyncio
import functools

def timed(func):
    @functools.wraps(func)
    async def wrapper(*args):
        loop = asyncio.get_running_loop()
        start = loop.time()
        result = await func(*args)
        print(f"{func.__name__} took {loop.time() - start}s")
        return result
    return wrapper

@timed
async def fetch(delay, value):
    await asyncio.sleep(delay)
    return value

async def main():
    print(await fetch(2, "data"))
    print(await asyncio.gather(fetch(1, "a"), fetch(3, "b")))
    print(fetch.__name__, asyncio.iscoroutinefunction(fetch))

asyncio.run(main())
