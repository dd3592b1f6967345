import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("get_running_loop:", e)
try:
    asyncio.current_task()
except RuntimeError as e:
    print("current_task:", e)

coro = asyncio.sleep(1)
try:
    asyncio.create_task(coro)
except RuntimeError as e:
    print("create_task:", e)
coro.close()

async def inside():
    return asyncio.get_running_loop() is asyncio.get_event_loop()

print("inside a coroutine:", asyncio.run(inside()))
asyncio.get_running_loop()
