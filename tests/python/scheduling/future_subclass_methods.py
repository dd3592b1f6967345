# Methods called on instances of Python subclasses of Future and Task (asyncio's own
# _GatheringFuture is one): the subclass's methods, the built-in ones, and instance attributes
# that shadow them, as the generic attribute lookup finds them.
import asyncio


class Tracked(asyncio.Future):
    def done(self):
        print('Tracked.done')
        return super().done()


class Named(asyncio.Task):
    pass


class Initialised(asyncio.Task):
    def __init__(self, coro, *, loop=None, name=None, context=None):
        print('Initialised.__init__', name)
        super().__init__(coro, loop=loop, name=name, context=context)


async def work():
    await asyncio.sleep(0)
    return 'worked'


async def main():
    loop = asyncio.get_running_loop()
    fut = Tracked()
    print(fut.done(), fut.cancelled())
    fut.set_result(3)
    print(fut.done(), fut.result())
    fut.result = lambda: 'shadowed'
    print(fut.result(), asyncio.Future.result(fut))
    del fut.result
    print(fut.result())

    task = Named(work())
    print(task.done(), await task, task.done(), task.get_name().startswith('Task-'))
    task.get_name = lambda: 'instance attribute'
    print(task.get_name())
    initialised = Initialised(work(), name='initialised')
    print(initialised.get_name(), await initialised)

    gathering = asyncio.gather(work(), work())
    print(type(gathering).__name__, gathering.done())
    print(await gathering, gathering.done(), gathering.cancelled())
    print(loop.create_future().done())


asyncio.run(main())
