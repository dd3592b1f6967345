import asyncio
import time

async def echo(delai, quoi):
    await asyncio.sleep(delai)
    print(quoi)

task1 = asyncio.create_task(echo(3, 'echo_lent'))
task2 = asyncio.create_task(echo(1, 'echo_rapide'))

print(f"started at {time.strftime('%X')}")

await task1
await task2
print(f"finished at {time.strftime('%X')}")
