# flags: --display
import asyncio

loop = asyncio.get_running_loop()
print("running loop at", loop.time())
await asyncio.sleep(1)
print("after one second:", loop.time())
await asyncio.sleep(2, result="the final await is echoed")
