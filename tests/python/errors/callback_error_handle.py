# "Exception in callback" names the callback's source and the handle that ran it.
import asyncio


def bad(task):
    raise RuntimeError("callback failed for " + task.get_name())


async def work():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(work())
    t.add_done_callback(bad)
    await t
    await asyncio.sleep(0)
    loop.call_later(0.5, bad, t)
    await asyncio.sleep(1)
    loop.call_soon(bad, t)
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
