# The coroutine given to a create_task() that failed lives as long as the error: its warning
# names the last line of the handler, where `e` goes.
import asyncio


async def work():
    return 1

try:
    asyncio.create_task(work())
except RuntimeError as e:
    print("RuntimeError:", e)
    print("handled")
print("end")
