# flags: --display
import asyncio

async def fail():
    await asyncio.sleep(1)
    raise RuntimeError("failed in the cell")

print("before")
await fail()
"not reached"
