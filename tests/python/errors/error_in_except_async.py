import asyncio

async def fetch():
    await asyncio.sleep(1)
    raise ConnectionError("timed out")

async def main():
    try:
        await fetch()
    except ConnectionError:
        print("retrying")
        log = None
        log.write("retry")

asyncio.run(main())
