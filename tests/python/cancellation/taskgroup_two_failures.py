import asyncio

async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1, KeyError("k")))
            tg.create_task(fail(1, TypeError("t")))
            tg.create_task(fail(2, ValueError("never raised")))
    except* KeyError as eg:
        print("KeyError group:", repr(eg.exceptions))
    except* TypeError as eg:
        print("TypeError group:", repr(eg.exceptions))

asyncio.run(main())
