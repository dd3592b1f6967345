# Async generators' asend(), athrow() and aclose() (finally blocks run, awaits inside them too), and
# generator.throw(type, value) with an instance or a tuple of arguments.
import asyncio

async def ag():
    try:
        yield 1
    except ValueError as e:
        print('caught', e)
        yield 99
    finally:
        print('fin')

async def ign():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def echo():
    received = None
    while True:
        received = yield received
        if received == 'stop':
            return

async def main():
    g = ag()
    try:
        await g.athrow(ValueError('x'))
    except ValueError as e:
        print('fresh athrow ->', e)
    print('finished athrow ->', await g.athrow(ValueError('y')))
    print('aclose finished ->', await g.aclose())
    g = ag()
    print(await g.asend(None))
    print(await g.athrow(ValueError, ValueError('z')))
    try:
        await g.athrow(KeyError)
    except KeyError as e:
        print('propagated', repr(e))
    g = ag()
    print(await g.__anext__())
    print('aclose ->', await g.aclose())
    print('aclose again ->', await g.aclose())
    h = ign()
    await h.__anext__()
    try:
        await h.aclose()
    except RuntimeError as e:
        print('RuntimeError', e)
    g = ag()
    try:
        await g.asend(5)
    except TypeError as e:
        print('TypeError', e)
    print('fresh aclose ->', await ag().aclose())
    e = echo()
    print(await e.asend(None), await e.asend('a'), await e.asend('b'))
    try:
        await e.asend('stop')
    except StopAsyncIteration:
        print('StopAsyncIteration')
    g = ag()
    async for v in g:
        print('v', v)
        break
    await g.aclose()
    print('closed')

    async def waits():
        try:
            yield 1
            await asyncio.sleep(0.1)
            yield 2
        finally:
            await asyncio.sleep(0.1)
            print('async cleanup done')
    w = waits()
    print(await w.__anext__())
    await w.aclose()
    print('after async cleanup')

def sync_gen():
    try:
        yield
    except Exception as e:
        print('sync got', repr(e))
        yield

for args in ((KeyError, KeyError('k')), (KeyError, ('a', 'b')), (KeyError, 'z'), (LookupError, KeyError('sub')), (KeyError, ValueError('other'))):
    s = sync_gen()
    next(s)
    s.throw(*args)

asyncio.run(main())
