import asyncio


def regular():
    async with asyncio.Lock():
        pass
