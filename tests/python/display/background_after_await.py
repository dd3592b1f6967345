# flags: --display
import asyncio

async def worker():
    await asyncio.sleep(5)
    print("worker finished at", asyncio.get_running_loop().time())

task = asyncio.create_task(worker())
await asyncio.sleep(2)
print("cell code done at", asyncio.get_running_loop().time())
task.done()
