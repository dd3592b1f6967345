# A future's result is shown through reprlib.repr: long lists, strings, ints and dicts are cut.
import asyncio
import reprlib


async def make(x):
    return x


async def main():
    values = [list(range(10)), "a fairly long string result value here", 10**50, (1, 2),
              {"b": 2, "a": 1, "c": 3, "d": 4, "e": 5}, [[1, [2, [3, [4, [5, [6, [7]]]]]]]],
              3.5, None, True, b"bytes", {3, 1, 2}, (7,)]
    for value in values:
        t = asyncio.create_task(make(value))
        await t
        print(t)
    f = asyncio.get_running_loop().create_future()
    f.set_result("x" * 40)
    print(f)
    f = asyncio.get_running_loop().create_future()
    f.set_exception(ValueError("a very long message that goes on and on and on"))
    print(f)
    f.exception()
    print(reprlib.repr(list(range(100))), reprlib.repr("y" * 50))
    r = reprlib.Repr()
    r.maxlist = 2
    print(r.repr([1, 2, 3]))

asyncio.run(main())
