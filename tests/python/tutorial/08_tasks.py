# flags: --display
# Copied from earlier cells of the notebook (In [2], In [42], In [47]):
import asyncio
import time

async def echo(delai, quoi):
    await asyncio.sleep(delai) # coroutine qui fini son execution après *delai* secondes
    print(quoi)

# The cell (In [84]):
task1 = asyncio.create_task(echo(3, 'echo_lent'))
task2 = asyncio.create_task(echo(1, 'echo_rapide'))


print(f"started at {time.strftime('%X')}")

await task1
await task2
print(f"finished at {time.strftime('%X')}")
