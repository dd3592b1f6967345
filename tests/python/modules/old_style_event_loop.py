# Older tutorials drive the loop themselves: get_event_loop / new_event_loop, set_event_loop,
# run_until_complete, close.
import asyncio


async def hello(n):
    await asyncio.sleep(0.1)
    print("hello", n)
    return n

loop = asyncio.get_event_loop()
print(loop.run_until_complete(hello(1)))
print(loop.run_until_complete(asyncio.gather(hello(2), hello(3))))
loop.close()
print(loop.is_closed())
coro = hello(4)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.is_closed(), loop.run_until_complete(hello(5)))
loop.close()


async def main():
    try:
        asyncio.get_running_loop().close()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
