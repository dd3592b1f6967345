import asyncio

async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 3
    try:
        async with asyncio.timeout_at(deadline) as cm:
            print("when:", cm.when())
            for i in range(10):
                await asyncio.sleep(1)
                print("tick", i)
    except TimeoutError:
        print("deadline reached at", loop.time())
    print("expired:", cm.expired())

asyncio.run(main())
