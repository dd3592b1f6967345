import asyncio

async def main():
    fut = asyncio.get_running_loop().create_future()
    for action in [fut.result, fut.exception]:
        try:
            action()
        except asyncio.InvalidStateError as e:
            print(action.__name__, "->", e)
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as e:
        print("set_result twice ->", e)
    try:
        fut.set_exception(StopIteration())
    except asyncio.InvalidStateError as e:
        print("set_exception after result ->", e)
    print(fut.cancel(), fut.result())
    cancelled = asyncio.Future()
    cancelled.cancel()
    try:
        cancelled.exception()
    except asyncio.CancelledError:
        print("exception() of a cancelled future raises CancelledError")

asyncio.run(main())
