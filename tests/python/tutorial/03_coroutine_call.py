# flags: --display
async def coro():
    print('Hello world')

coro()
