import asyncio

print(asyncio.TimeoutError is TimeoutError)
print(issubclass(TimeoutError, OSError))
print(TimeoutError.__name__)

async def main():
    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("caught", type(e).__name__, repr(e.args))
        print("cause:", type(e.__cause__).__name__)

asyncio.run(main())
