# Blocking work handed to run_in_executor / to_thread: the result comes back as a future.
import asyncio
import time


def blocking(x, delay=0.0):
    time.sleep(delay)
    return x * 2


def broken():
    raise ValueError("broken in the worker")


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 21))
    print(await asyncio.to_thread(blocking, 5, delay=1))
    try:
        await asyncio.to_thread(broken)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
