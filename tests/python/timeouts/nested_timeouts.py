import asyncio

async def main():
    loop = asyncio.get_running_loop()
    # The inner deadline comes first: only the inner block is interrupted.
    async with asyncio.timeout(5):
        try:
            async with asyncio.timeout(1):
                await asyncio.sleep(3)
        except TimeoutError:
            print("inner expired at", loop.time())
        await asyncio.sleep(1)
        print("outer still running at", loop.time())
    # The outer deadline comes first: the TimeoutError belongs to the outer block.
    try:
        async with asyncio.timeout(1) as outer:
            try:
                async with asyncio.timeout(5) as inner:
                    await asyncio.sleep(3)
            except TimeoutError:
                print("not printed")
    except TimeoutError:
        print("outer expired at", loop.time())
        print("inner expired?", inner.expired(), "outer expired?", outer.expired())

asyncio.run(main())
