# A random interleaving of the prelude's primitives, deterministic for a given SEED: every random
# choice is made by the tasks as they run, so any scheduling difference changes the output.
import asyncio
import random

SEED = 0
R = random.Random(SEED)
log = print

async def op(name, depth, objs):
    loop = asyncio.get_running_loop()
    if objs["stop"]:
        raise asyncio.CancelledError
    k = R.randrange(17 if depth < 2 else 12)
    t = loop.time()
    if k == 0:
        await asyncio.sleep(R.choice([0, 0, 0.5, 1, 2]))
    elif k == 1:
        async with objs["lock"]:
            log(name, "lock", t, objs["lock"])
            await asyncio.sleep(R.choice([0, 1]))
    elif k == 2:
        async with objs["sem"]:
            log(name, "sem", t, objs["sem"])
            await asyncio.sleep(R.choice([0, 1, 2]))
    elif k == 3:
        objs["q"].put_nowait(name) if not objs["q"].full() else None
        await objs["q"].put(R.randrange(5))
        log(name, "put", t, str(objs["q"]))
    elif k == 4:
        v = await objs["q"].get()
        objs["q"].task_done()
        log(name, "got", v, t, str(objs["q"]))
    elif k == 5:
        if R.random() < 0.5:
            objs["ev"].set()
            log(name, "set event", objs["ev"])
        else:
            await objs["ev"].wait()
            objs["ev"].clear()
            log(name, "event passed", loop.time())
    elif k == 6:
        async with objs["cond"]:
            if R.random() < 0.5:
                objs["counter"][0] += 1
                objs["cond"].notify(R.choice([1, 2]))
                log(name, "notify", objs["cond"])
            else:
                r = await objs["cond"].wait_for(lambda: objs["counter"][0] > 0)
                objs["counter"][0] -= 1
                log(name, "cond ok", r, loop.time())
    elif k == 7:
        tasks = objs["tasks"]
        victim = R.choice(tasks)
        log(name, "cancels", victim.get_name(), victim.cancel(R.choice([None, "m"])))
    elif k == 8:
        try:
            r = await asyncio.wait_for(op(name + ".w", depth + 1, objs), R.choice([0, 0.5, 1, 3, None]))
            log(name, "wait_for ok", r, loop.time())
        except TimeoutError as e:
            log(name, "wait_for timeout", repr(e.__cause__), loop.time())
    elif k == 9:
        try:
            async with asyncio.timeout(R.choice([0, 0.5, 1, 3, None])) as cm:
                await op(name + ".t", depth + 1, objs)
                if R.random() < 0.3:
                    cm.reschedule(loop.time() + R.choice([-1, 0, 1, 2]))
                    await op(name + ".t2", depth + 1, objs)
            log(name, "timeout block ok", repr(cm), loop.time())
        except TimeoutError:
            log(name, "timeout block expired", loop.time())
    elif k == 10:
        res = await asyncio.gather(*(op(f"{name}.g{i}", depth + 1, objs) for i in range(R.randrange(1, 4))),
                                   return_exceptions=R.random() < 0.5)
        log(name, "gather", res, loop.time())
    elif k == 11:
        sub = asyncio.create_task(op(name + ".s", depth + 1, objs))
        objs["tasks"].append(sub)
        r = await asyncio.shield(sub)
        log(name, "shield", r, loop.time())
    elif k == 12:
        n = R.randrange(1, 4)
        subs = [asyncio.create_task(op(f"{name}.a{i}", depth + 1, objs)) for i in range(n)]
        objs["tasks"].extend(subs)
        done, pending = await asyncio.wait(subs, timeout=R.choice([None, 0.5, 2]),
                                           return_when=R.choice([asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED]))
        log(name, "wait", len(done), len(pending), loop.time())
    elif k == 13:
        try:
            async with asyncio.TaskGroup() as tg:
                # one child only: _abort() cancels the children in the order of a set of tasks
                for i in range(1):
                    objs["tasks"].append(tg.create_task(op(f"{name}.tg{i}", depth + 1, objs)))
                if R.random() < 0.3:
                    raise ValueError(name)
            log(name, "taskgroup ok", loop.time())
        except* (ValueError, KeyError) as eg:
            log(name, "taskgroup error", eg, loop.time())
    elif k == 14:
        raise KeyError(name)
    elif k == 15:
        # tasks, not coroutines: as_completed wraps coroutines in the order of a set of
        # coroutine objects, i.e. of their addresses, which differs between two processes
        subs = [asyncio.create_task(op(f"{name}.c{i}", depth + 1, objs)) for i in range(R.randrange(1, 4))]
        objs["tasks"].extend(subs)
        for c in asyncio.as_completed(subs, timeout=R.choice([None, 1])):
            try:
                log(name, "as_completed", await c, loop.time())
            except (KeyError, TimeoutError) as e:
                log(name, "as_completed err", repr(e))
    else:
        async with objs["bsem"]:
            log(name, "bsem", objs["bsem"])
            await asyncio.sleep(R.choice([0, 1]))
    return name


async def worker(name, objs):
    for step in range(R.randrange(1, 6)):
        try:
            await op(f"{name}/{step}", 0, objs)
        except asyncio.CancelledError as e:
            log(name, "cancelled", repr(e), asyncio.get_running_loop().time())
            if objs["stop"] or R.random() < 0.5:
                raise
        except KeyError as e:
            log(name, "keyerror", repr(e))
        except BaseException as e:
            log(name, "other", type(e).__name__, e)
    return name


async def main():
    objs = {"lock": asyncio.Lock(), "sem": asyncio.Semaphore(R.randrange(1, 3)),
            "bsem": asyncio.BoundedSemaphore(2),
            "q": R.choice([asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue])(R.randrange(0, 3)),
            "ev": asyncio.Event(), "cond": asyncio.Condition(), "counter": [0], "tasks": [], "stop": False}
    ts = [asyncio.create_task(worker(f"T{i}", objs), name=f"T{i}") for i in range(R.randrange(2, 6))]
    objs["tasks"].extend(ts)
    asyncio.get_running_loop().call_at(29, objs.__setitem__, "stop", True)
    try:
        async with asyncio.timeout(30):
            res = await asyncio.gather(*ts, return_exceptions=True)
        log("results", res)
    except TimeoutError:
        log("global timeout")
    objs["stop"] = True
    for t in objs["tasks"]:
        t.cancel()
    await asyncio.sleep(0)
    objs["lock"] = None
    log("end", asyncio.get_running_loop().time())

asyncio.run(main())
