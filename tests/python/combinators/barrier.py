import asyncio

async def party(b, name, d):
    await asyncio.sleep(d)
    print(name, "arrives", b)
    try:
        i = await b.wait()
        print(name, "passes with index", i, asyncio.get_running_loop().time())
    except asyncio.BrokenBarrierError as e:
        print(name, "broken:", repr(e))

async def main():
    b = asyncio.Barrier(3)
    print(b, b.parties, b.n_waiting, b.broken)
    await asyncio.gather(*(party(b, f"p{i}", i) for i in range(6)))
    print(b)
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(party(b2, "alone", 0))
    await asyncio.sleep(1)
    print(b2)
    await b2.abort()
    await t
    print(b2, b2.broken)
    try:
        await b2.wait()
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError", e, isinstance(e, RuntimeError), type(e).__module__)
    b3 = asyncio.Barrier(2)
    t = asyncio.create_task(party(b3, "r", 0))
    await asyncio.sleep(1)
    await b3.reset()
    await t
    print(b3)
    async with asyncio.Barrier(1) as idx:
        print("context index", idx)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError", e)
    print(asyncio.TimeoutError is TimeoutError)

asyncio.run(main())
