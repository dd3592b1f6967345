import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(type(fut))
    print(fut, fut.done(), fut.cancelled())
    fut.set_result(5)
    print(fut, fut.done(), fut.result(), fut.exception())
    print(await fut)
    other = asyncio.Future()
    other.set_exception(ValueError("bad"))
    print(other)
    print(repr(other.exception()))
    try:
        other.result()
    except ValueError as e:
        print("result() raises", repr(e))
    print(fut.get_loop() is loop)

asyncio.run(main())
