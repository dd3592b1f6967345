# Tasks run in a copy of the context they were created in, callbacks in the one current when they
# were scheduled (or the context= given); to_thread's function in a copy too.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")
user = contextvars.ContextVar("user")


def log(message):
    print(f"[{request_id.get()}] {message}")


async def handle(n):
    request_id.set(f"req-{n}")
    log("start")
    await asyncio.sleep(0.1 * n)
    log("middle")
    await asyncio.gather(step("a"), step("b"))
    log("end")
    return n


async def step(name):
    log(f"step {name}")
    request_id.set(f"{request_id.get()}/{name}")
    await asyncio.sleep(0)
    log(f"step {name} done")


async def main():
    log("main")
    results = await asyncio.gather(*(handle(n) for n in range(1, 4)))
    log(f"main got {results}")
    token = user.set("alice")
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: print("callback sees", user.get()))
    ctx = contextvars.copy_context()
    user.reset(token)
    loop.call_soon(lambda: print("callback now sees", user.get("nobody")))
    loop.call_soon(lambda: print("with context", user.get()), context=ctx)
    fut = loop.create_future()
    user.set("bob")
    fut.add_done_callback(lambda f: print("done callback sees", user.get()))
    user.set("carol")
    fut.set_result(1)
    await asyncio.sleep(0)
    t = asyncio.create_task(show(), context=ctx)
    await t
    print(await asyncio.to_thread(lambda: user.get()))


async def show():
    print("task with ctx sees", user.get())


asyncio.run(main())
print(request_id.get(), user.get(None))
