# loop.set_exception_handler: the handler receives what the loop would have printed.
import asyncio


def handler(loop, context):
    exc = context.get("exception")
    print("handler:", context["message"], type(exc).__name__, exc)
    print("  keys:", sorted(context))


def failing_handler(loop, context):
    raise RuntimeError("the handler itself failed")


def forwarding_handler(loop, context):
    print("forwarding:", context["message"])
    loop.default_exception_handler(context)


async def boom():
    raise ValueError("x")


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    asyncio.create_task(boom())
    await asyncio.sleep(0.1)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0.1)
    loop.call_exception_handler({"message": "custom message"})
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print("TypeError:", e)
    loop.set_exception_handler(forwarding_handler)
    asyncio.create_task(boom())
    await asyncio.sleep(0.1)
    loop.set_exception_handler(failing_handler)
    loop.call_exception_handler({"message": "to a failing handler"})
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())

asyncio.run(main())
