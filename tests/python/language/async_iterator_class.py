import asyncio

class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(1)
        self.current -= 1
        return self.current + 1

async def main():
    async for n in Countdown(3):
        print(n, asyncio.get_running_loop().time())
    print([n async for n in Countdown(2)])

asyncio.run(main())
