import asyncio

async def task_body(name):
    print("task", name)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "soon 1")
    asyncio.create_task(task_body("A"))
    loop.call_soon(print, "soon 2")
    asyncio.create_task(task_body("B"))
    loop.call_soon(print, "soon 3")
    await asyncio.sleep(0)
    print("main resumes")

asyncio.run(main())
