import asyncio

async def child():
    task = asyncio.current_task()
    print("child runs in", task.get_name())
    task.set_name("renamed")
    return task

async def main():
    me = asyncio.current_task()
    print("main runs in", me.get_name(), "done:", me.done())
    t = asyncio.create_task(child(), name="worker")
    returned = await t
    print(returned is t, t.get_name())
    print(asyncio.current_task() is me)

asyncio.run(main())
