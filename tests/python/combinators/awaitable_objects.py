import asyncio

class Sleepy:
    def __init__(self, delay, value):
        self.delay, self.value = delay, value
    def __await__(self):
        result = yield from asyncio.sleep(self.delay, self.value).__await__()
        return result * 2

class Bare:
    def __await__(self):
        yield
        return "bare"

class ViaFuture:
    def __await__(self):
        f = asyncio.get_running_loop().create_future()
        asyncio.get_running_loop().call_later(0.5, f.set_result, "fut")
        return (yield from f.__await__())

class ViaCoro:
    def __await__(self):
        return (yield from self.work().__await__())
    async def work(self):
        await asyncio.sleep(0.25)
        return ("coro", await ViaFuture())

async def ticker():
    for i in range(3):
        print("tick", i, asyncio.get_running_loop().time())
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(ticker())
    print(await Bare(), await Sleepy(1, 21), await ViaFuture(), await ViaCoro())
    print(await asyncio.gather(Sleepy(1, 1), Bare(), ViaCoro()))
    print(asyncio.get_running_loop().time())
    await t

asyncio.run(main())
