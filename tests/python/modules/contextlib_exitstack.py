# contextlib's ExitStack and AsyncExitStack: order of exits, suppression, pop_all, errors in
# callbacks and their context, enter_context on a non-context manager.
import asyncio
from contextlib import ExitStack, AsyncExitStack, contextmanager, asynccontextmanager, suppress

@contextmanager
def resource(name):
    print('open', name)
    try:
        yield name.upper()
    finally:
        print('close', name)

with ExitStack() as stack:
    names = [stack.enter_context(resource(n)) for n in 'abc']
    stack.callback(print, 'callback', 1, sep=': ')
    print(names)

with ExitStack() as stack:
    stack.enter_context(suppress(KeyError))
    stack.push(lambda *exc: print('push saw', exc[0].__name__ if exc[0] else None))
    raise KeyError('x')
print('suppressed')

stack = ExitStack()
stack.enter_context(resource('kept'))
moved = stack.pop_all()
stack.close()
print('after close')
moved.close()

def failing_callback():
    raise ValueError('in callback')

try:
    with ExitStack() as stack:
        stack.callback(failing_callback)
        stack.callback(print, 'first to run')
        raise RuntimeError('body')
except ValueError as error:
    print('caught', repr(error), 'context', repr(error.__context__))

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as error:
    print(error)

@asynccontextmanager
async def connection(name):
    await asyncio.sleep(0.1)
    print('connect', name)
    try:
        yield name
    finally:
        await asyncio.sleep(0.1)
        print('disconnect', name)

async def cleanup(what):
    await asyncio.sleep(0.05)
    print('cleanup', what)

async def main():
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(connection(n)) for n in ('db', 'cache')]
        stack.push_async_callback(cleanup, 'temp')
        stack.enter_context(resource('file'))
        print('using', conns)
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(resource('sync'))
    except TypeError as error:
        print(error)
    stack = AsyncExitStack()
    await stack.enter_async_context(connection('late'))
    await stack.aclose()

asyncio.run(main())
import traceback

try:
    with ExitStack() as stack:
        stack.callback(failing_callback)
except ValueError:
    # No context: the callback's error happened while nothing else was being handled.
    print(traceback.format_exc().count('During handling'))
error = ValueError()
error.__context__ = KeyError()
error.__context__ = None
print(error.__context__, error.__suppress_context__)
with ExitStack() as stack:
    stack.callback(failing_callback)
