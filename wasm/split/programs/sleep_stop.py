# Stopped while it sleeps.
import asyncio
import time

time.sleep(60)
asyncio.run(asyncio.sleep(60))
