# traceback.format_exception_only of a TaskGroup's ExceptionGroup: its own line and notes only.
import asyncio
import traceback


async def fail(i):
    raise ValueError(i)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(3):
                tg.create_task(fail(i))
    except ExceptionGroup as eg:
        eg.add_note("group note\nsecond line")
        print(traceback.format_exception_only(eg))
        print(traceback.format_exception_only(eg.exceptions[0]))
    print(traceback.format_exception_only(BaseExceptionGroup("base", [KeyboardInterrupt()])))

asyncio.run(main())
