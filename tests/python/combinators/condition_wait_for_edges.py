import asyncio

async def consumer(cond, state, name, need):
    async with cond:
        print(name, "waiting for", need)
        r = await cond.wait_for(lambda: state["n"] >= need and state["n"])
        print(name, "woke with", r, "at", asyncio.get_running_loop().time())
        state["n"] -= 1

async def main():
    cond = asyncio.Condition()
    state = {"n": 0}
    print(cond)
    tasks = [asyncio.create_task(consumer(cond, state, f"c{i}", i)) for i in range(1, 5)]
    await asyncio.sleep(0)
    print(cond)
    for step in range(6):
        await asyncio.sleep(1)
        async with cond:
            state["n"] += 2
            print("producer n =", state["n"], cond)
            if step % 2:
                cond.notify_all()
            else:
                cond.notify(2)
    await asyncio.gather(*tasks)
    # cancellation of a waiter: it must reacquire the lock before raising
    lock = asyncio.Lock()
    cond2 = asyncio.Condition(lock)
    async def w():
        async with cond2:
            try:
                await cond2.wait()
            except asyncio.CancelledError:
                print("waiter cancelled, lock held:", cond2.locked())
                raise
    t = asyncio.create_task(w())
    await asyncio.sleep(0)
    async with cond2:
        t.cancel()
        await asyncio.sleep(1)
        print("holder still has it", lock.locked(), cond2)
    try:
        await t
    except asyncio.CancelledError:
        print("t cancelled", lock.locked())
    try:
        cond2.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond2.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    # notify then cancel before the waiter reacquires
    async def w2(name):
        async with cond2:
            r = await cond2.wait()
            print(name, "woke", r)
    ts = [asyncio.create_task(w2(f"n{i}")) for i in range(3)]
    await asyncio.sleep(0)
    async with cond2:
        cond2.notify(2)
        ts[0].cancel()
    await asyncio.sleep(0)
    async with cond2:
        cond2.notify_all()
    res = await asyncio.gather(*ts, return_exceptions=True)
    print(res)

asyncio.run(main())
