import asyncio

async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout(2)
    print(repr(cm), cm.when(), cm.expired())
    try:
        cm.reschedule(3)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with cm as c:
            print(c is cm, repr(cm))
            cm.reschedule(loop.time() + 5)
            print(repr(cm))
            await asyncio.sleep(3)
            print("after 3s", loop.time())
            cm.reschedule(None)
            print(repr(cm))
            await asyncio.sleep(3)
            cm.reschedule(loop.time() + 1.23456)
            print(repr(cm))
            await asyncio.sleep(10)
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__cause__).__name__, loop.time())
    print(repr(cm), cm.expired())
    for bad in (lambda: cm.reschedule(1),):
        try:
            bad()
        except RuntimeError as e:
            print("RuntimeError:", e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    # rescheduling into the past fires on the next iteration
    try:
        async with asyncio.timeout(10) as cm2:
            await asyncio.sleep(1)
            cm2.reschedule(loop.time() - 5)
            print("still running", cm2.expired())
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline", loop.time(), cm2.expired(), repr(cm2))
    async with asyncio.timeout(None) as cm3:
        await asyncio.sleep(1)
    print(repr(cm3), cm3.when())
    # expired but the block swallowed the cancellation
    async with asyncio.timeout(1) as cm4:
        try:
            await asyncio.sleep(2)
        except asyncio.CancelledError:
            print("swallowed", cm4.expired())
    print(repr(cm4), cm4.expired(), asyncio.current_task().cancelling())
    # timeout_at in the past
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(0)
    except TimeoutError:
        print("timeout_at past", loop.time())
    # nested: the outer fires first
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(5):
                    await asyncio.sleep(10)
            except TimeoutError:
                print("inner timeout (wrong)")
    except TimeoutError:
        print("outer timeout", loop.time())
    # nested: the inner fires first
    async with asyncio.timeout(5) as outer:
        try:
            async with asyncio.timeout(1):
                await asyncio.sleep(10)
        except TimeoutError:
            print("inner timeout", loop.time(), outer.expired())

asyncio.run(main())
