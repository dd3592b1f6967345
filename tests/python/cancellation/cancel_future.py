import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(1, fut.cancel, "no longer needed")
    try:
        await fut
    except asyncio.CancelledError as e:
        print("future cancelled:", e.args)
    print(fut.cancelled(), fut.done())
    print(repr(fut))

asyncio.run(main())
