async def ticker():
    yield 1


def regular():
    async for i in ticker():
        print(i)
