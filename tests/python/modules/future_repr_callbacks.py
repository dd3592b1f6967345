# The cb=[...] part of a future's repr (the first callback, the last, how many between), and
# the reprs of the handles of call_soon / call_later.
import asyncio


def on_done(fut):
    print("done:", fut.result())


class Watcher:
    def notify(self, fut):
        pass


async def work():
    await asyncio.sleep(1)
    return 1


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(on_done)
    print(f)
    f.add_done_callback(print)
    print(f)
    f.add_done_callback(Watcher().notify)
    print(f)
    f.add_done_callback(lambda f: None)
    print(f)
    f.set_result(5)
    print(f)
    t = asyncio.create_task(work())
    t.add_done_callback(on_done)
    print(t)
    await t
    h = loop.call_soon(on_done, f)
    print(h)
    h2 = loop.call_later(1, print, "hi", 2)
    print(h2)
    h2.cancel()
    print(h2)
    h.cancel()
    print(h)
    h3 = loop.call_at(loop.time() + 2, print, list(range(10)), "a long string argument here")
    print(h3)
    h3.cancel()
    await asyncio.sleep(0)

asyncio.run(main())
