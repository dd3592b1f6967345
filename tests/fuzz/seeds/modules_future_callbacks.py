import asyncio

def report(fut):
    print("callback:", fut.result())

def never(fut):
    print("removed callbacks are not called")

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(report)
    fut.add_done_callback(never)
    fut.add_done_callback(never)
    print("removed:", fut.remove_done_callback(never))
    fut.set_result("hello")
    print("callbacks are scheduled, not run yet")
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: print("late callback on a done future"))
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
