# A gather() cancelled with a message whose children catch their cancellation and return: the
# gather still ends cancelled, with the error CPython makes from its last child. That child is
# given twice, so cancel() reaches it twice: the second time its sleep is cancelled already and
# the task itself keeps the message, which the error then carries. Once with tasks only (the
# native gather), once with a Future subclass among the children (the prelude's gather).
import asyncio


async def stubborn(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print(name, 'caught', repr(e))
    return name


class MyFuture(asyncio.Future):
    pass


async def main():
    for label in ('tasks', 'with a Future subclass'):
        b = asyncio.create_task(stubborn('b'))
        children = [asyncio.create_task(stubborn('a')), b, b]
        if label != 'tasks':
            ready = MyFuture()
            ready.set_result('ready')
            children.insert(0, ready)
        gathered = asyncio.gather(*children)
        await asyncio.sleep(0.1)
        print(label, 'cancel:', gathered.cancel('stop'))
        try:
            print(await gathered)
        except asyncio.CancelledError as e:
            print(label, 'raised', repr(e), [c.cancelled() for c in children])

asyncio.run(main())
