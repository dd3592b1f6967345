import asyncio

async def main():
    return 1

try:
    asyncio.run(main)
except ValueError as e:
    print("ValueError:", e)

coro = asyncio.sleep(0)
async def outer():
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    await coro

asyncio.run(outer())
