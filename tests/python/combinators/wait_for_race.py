import asyncio

async def quick(v):
    await asyncio.sleep(1)
    return v

async def outer(v):
    return await asyncio.wait_for(quick(v), 5)

async def main():
    loop = asyncio.get_running_loop()
    # the outer task is cancelled in the same iteration as the inner completes
    t = asyncio.create_task(outer("raced"))
    loop.call_at(loop.time() + 1, t.cancel)
    try:
        print("result", await t)
    except asyncio.CancelledError:
        print("cancelled", loop.time())
    # timeout and completion at the same deadline
    try:
        print(await asyncio.wait_for(quick("tie"), 1))
    except TimeoutError:
        print("tie: the wait_for timer was scheduled first")
    # nested gathers cancelled with a message
    inner = asyncio.gather(quick(1), quick(2))
    outer_g = asyncio.gather(inner, quick(3))
    await asyncio.sleep(0.5)
    outer_g.cancel("nested")
    for g in (outer_g, inner):
        try:
            await g
        except asyncio.CancelledError as e:
            print("gather cancelled", repr(e), g.cancelled())
    # shield inside wait_for: timeout cancels the shield, not the task
    t2 = asyncio.create_task(quick("shielded"))
    try:
        await asyncio.wait_for(asyncio.shield(t2), 0.5)
    except TimeoutError:
        print("timeout, task alive:", not t2.done())
    print(await t2)
    # wait_for on a task that is cancelled by someone else
    t3 = asyncio.create_task(quick("x"))
    loop.call_later(0.5, t3.cancel, "other")
    try:
        await asyncio.wait_for(t3, 2)
    except asyncio.CancelledError as e:
        print("inner cancelled elsewhere", repr(e))

asyncio.run(main())
