import asyncio
import time
from collections import deque

class RateLimiter:
    def __init__(self, rate, per):
        self.rate, self.per = rate, per
        self.stamps = deque()

    async def wait(self):
        now = time.monotonic()
        while self.stamps and now - self.stamps[0] >= self.per:
            self.stamps.popleft()
        if len(self.stamps) >= self.rate:
            await asyncio.sleep(self.per - (now - self.stamps[0]))
            return await self.wait()
        self.stamps.append(now)

async def main():
    limiter = RateLimiter(2, 1.0)
    for i in range(6):
        await limiter.wait()
        print(f"request {i} at {time.monotonic():.1f}")

asyncio.run(main())
