# flags: --display
# Copied from an earlier cell of the notebook (In [33]):
async def coro():
    print('Hello world')

# The cell (In [28]):
await coro()
