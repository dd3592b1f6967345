# compare: whole stderr
# What the loop's default exception handler prints: the message, the context's other keys in
# sorted order with their reprs ("future:", "task:"...), a finished coroutine "defined at" its
# file and line, then the traceback.
import asyncio


async def boom():
    raise ValueError("nobody looks at me")


async def quiet():
    return "done"


async def main():
    loop = asyncio.get_running_loop()
    finished = asyncio.create_task(quiet())
    await finished
    print(finished)
    loop.call_exception_handler({
        "message": "a custom report",
        "task": finished,
        "attempt": 3,
    })
    try:
        raise KeyError("lost")
    except KeyError as error:
        loop.call_exception_handler({"message": "with an exception", "exception": error})
    asyncio.create_task(boom())
    await asyncio.sleep(0)


asyncio.run(main())
print("end")
