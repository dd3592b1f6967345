import asyncio

async def sleeper(d):
    await asyncio.sleep(d)

async def main():
    print(len(asyncio.all_tasks()))
    tasks = [asyncio.create_task(sleeper(d)) for d in (1, 2, 3)]
    print(len(asyncio.all_tasks()))
    await asyncio.sleep(1.5)
    print(len(asyncio.all_tasks()))
    await asyncio.gather(*tasks)
    print(len(asyncio.all_tasks()), asyncio.current_task() in asyncio.all_tasks())

asyncio.run(main())
