import asyncio

async def main():
    me = asyncio.current_task()
    me.cancel()
    print("cancel requested, still running")
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("the next await raised CancelledError")
        me.uncancel()
    await asyncio.sleep(1)
    print("done at", asyncio.get_running_loop().time())

asyncio.run(main())
