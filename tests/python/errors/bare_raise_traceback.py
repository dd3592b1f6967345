# A bare `raise` re-raises with the traceback as it was: no second entry for its own line.
import asyncio
import traceback


def divide():
    try:
        1 / 0
    except ZeroDivisionError:
        print("cleaning up")
        raise


async def worker():
    try:
        raise ValueError("worker failed")
    except ValueError:
        print("worker cleanup")
        raise


async def main():
    try:
        divide()
    except ZeroDivisionError:
        print(traceback.format_exc())
    try:
        await worker()
    except ValueError:
        print(traceback.format_exc())
    await worker()

asyncio.run(main())
