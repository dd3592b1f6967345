import asyncio

async def slow():
    await asyncio.sleep(10)
    return "slow result"

async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(slow(), timeout=2.5)
    except TimeoutError:
        print("timed out at", loop.time())

asyncio.run(main())
