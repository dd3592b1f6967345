import asyncio
import time

async def coro():
    print('Hello world')

async def echo(delai, quoi):
    await asyncio.sleep(delai) # coroutine qui fini son execution après *delai* secondes
    print(quoi)

print(f"started at {time.strftime('%X')}")

await echo(3, 'echo_lent')
task1 = asyncio.create_task(echo(3, 'echo_lent'))

async def set_after(fut, delay, value):
    # Sleep for *delay* seconds.
    await asyncio.sleep(delay)

    # Set *value* as a result of *fut* Future.
    fut.set_result(value)

async def plein_d_echos(n):
    liste_de_choses_a_faire = [asyncio.create_task(echo(i**2, f'echo {i}')) for i in range(1, n+1)]
    
    for i in range(n):
        await liste_de_choses_a_faire[i]

await asyncio.gather(*[asyncio.create_task(identite(i, 5-i)) for i in range(1,4)])

async def impatient():
    try:
        await asyncio.wait_for(trop_long(), timeout=2)
    except asyncio.TimeoutError:
        print('timeout !')

taches = [asyncio.create_task(identite(i, 5-i)) for i in range(1,4)]
done, pending = await asyncio.wait(taches, return_when=asyncio.FIRST_COMPLETED)
print([tache in done for tache in taches])
