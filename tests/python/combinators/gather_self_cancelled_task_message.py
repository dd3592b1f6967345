import asyncio

async def self_cancel():
    asyncio.current_task().cancel("self")
    return 1

async def main():
    t = asyncio.create_task(self_cancel())
    r = await asyncio.gather(t, return_exceptions=True)
    print(repr(r[0]), r[0].args, t.cancelled())
    try:
        await t
    except asyncio.CancelledError as e:
        print(repr(e))

asyncio.run(main())
