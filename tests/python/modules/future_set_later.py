import asyncio

async def main():
    loop = asyncio.get_running_loop()
    futures = [loop.create_future() for _ in range(3)]
    for i, fut in enumerate(futures):
        loop.call_later(3 - i, fut.set_result, f"value {i}")
    for fut in futures:
        print(await fut, "at", loop.time())
    results = await asyncio.gather(*futures)
    print(results)

asyncio.run(main())
