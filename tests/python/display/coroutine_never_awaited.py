# flags: --display
import asyncio

async def greet():
    print("never printed")

greet()
print("the call above only built a coroutine object")
