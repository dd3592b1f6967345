# create_task() with no running loop: the error first, then (when the error goes) the warning
# about the coroutine it was given.
import asyncio


async def work():
    print("working")

task = asyncio.create_task(work())
print("end")
