# asyncio.sleep is a Python function in CPython: its argument errors read as a def's do.
import asyncio


async def main():
    for args in [(), (1, 2, 3)]:
        try:
            await asyncio.sleep(*args)
        except TypeError as e:
            print("TypeError:", e)
    try:
        await asyncio.sleep(1, result=2, delay=3)
    except TypeError as e:
        print("TypeError:", e)
    print(await asyncio.sleep(delay=0, result="keyword"))
    await asyncio.sleep()

asyncio.run(main())
