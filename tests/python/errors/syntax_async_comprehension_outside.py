async def ticker():
    yield 1


def regular():
    return [i async for i in ticker()]
