# compare: whole stderr
# "Exception in callback ...": the callback with its arguments (reprlib-limited) and where its
# function was defined, then the handle (a TimerHandle with its time); functools.partial and
# functools.wraps are seen through, as asyncio's format_helpers do.
import asyncio
import functools


def fail(text, times):
    raise ValueError(text * times)


def logged(function):
    @functools.wraps(function)
    def wrapper(*args):
        return function(*args)
    return wrapper


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(fail, "a long piece of text " * 3, 2)
    loop.call_later(0.25, logged(fail), "x", 1)
    loop.call_soon(functools.partial(fail, "p"), 1)
    future = loop.create_future()
    future.add_done_callback(lambda f: f.result() / 0)
    future.set_result(3)
    await asyncio.sleep(0.5)
    print("still running")


asyncio.run(main())
