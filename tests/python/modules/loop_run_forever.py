# loop.run_forever() runs callbacks and tasks until loop.stop(), which ends the loop after the
# iteration it is called in; the loop can then run again.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)


def tick(n):
    print("tick", n, round(loop.time(), 1))
    if n < 3:
        loop.call_later(0.5, tick, n + 1)
    else:
        loop.stop()
        loop.call_soon(print, "same iteration? no: the next one")


loop.call_soon(tick, 0)
print("run_forever returned", loop.run_forever())
print("running:", loop.is_running(), "closed:", loop.is_closed())


async def worker():
    for i in range(3):
        print("worker", i)
        await asyncio.sleep(0.1)
    loop.stop()
    print("worker asked to stop")


task = loop.create_task(worker())
loop.run_forever()
print("task done:", task.done())


async def inside():
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)

loop.run_until_complete(inside())
loop.call_soon(loop.stop)
loop.run_forever()
print("stopped by a callback")
loop.close()
try:
    loop.run_forever()
except RuntimeError as e:
    print("RuntimeError:", e)
