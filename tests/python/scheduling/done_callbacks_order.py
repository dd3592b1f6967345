import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    for name in ["first", "second", "third"]:
        fut.add_done_callback(lambda f, n=name: print(n, "sees", f.result()))
    loop.call_later(1, fut.set_result, "value")
    print("awaiting")
    print("await gives", await fut)
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
