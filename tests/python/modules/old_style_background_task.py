# A task left pending when run_until_complete returns never runs again once the script ends.
import asyncio

async def background():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(1)

async def main():
    await asyncio.sleep(1.5)
    print("main done")

loop = asyncio.get_event_loop()
loop.create_task(background())
loop.run_until_complete(main())
print("script end")
