import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1):
            try:
                await asyncio.sleep(5)
            finally:
                print("finally inside the timeout block at", loop.time())
    except TimeoutError:
        print("TimeoutError")
    try:
        async with asyncio.timeout(1):
            raise KeyError("raised before the deadline")
    except KeyError as e:
        print("KeyError passes through:", e)

asyncio.run(main())
