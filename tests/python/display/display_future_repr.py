# flags: --display
import asyncio

# Top-level await makes the cell run inside the event loop.
await asyncio.sleep(0)
fut = asyncio.get_running_loop().create_future()
fut.set_result(5)
fut
