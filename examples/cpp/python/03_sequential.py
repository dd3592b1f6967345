import asyncio
import time

async def echo(delai, quoi):
    await asyncio.sleep(delai)
    print(quoi)

print(f"started at {time.strftime('%X')}")

await echo(3, 'echo_lent')
await echo(1, 'echo_rapide')

print(f"finished at {time.strftime('%X')}")
