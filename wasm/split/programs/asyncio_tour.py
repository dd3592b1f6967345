# The asyncio a learner tries after the tutorial: queues, locks, events, semaphores, timeouts,
# cancellation, task groups.
import asyncio


async def producteur(file, n):
    for i in range(n):
        await file.put(i)
        await asyncio.sleep(0.1)
    await file.put(None)


async def consommateur(file, nom):
    while (element := await file.get()) is not None:
        print(nom, 'reçoit', element)
        file.task_done()


async def compteur(verrou, etat):
    async with verrou:
        valeur = etat['n']
        await asyncio.sleep(0.01)
        etat['n'] = valeur + 1


async def attend(evenement, semaphore, i):
    await evenement.wait()
    async with semaphore:
        await asyncio.sleep(0.1)
        return i * 2


async def lent():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('annulée')
        raise


async def main():
    file = asyncio.Queue()
    await asyncio.gather(producteur(file, 3), consommateur(file, 'c1'))

    verrou, etat = asyncio.Lock(), {'n': 0}
    await asyncio.gather(*(compteur(verrou, etat) for _ in range(5)))
    print('compteur', etat['n'])

    evenement, semaphore = asyncio.Event(), asyncio.Semaphore(2)
    taches = [asyncio.create_task(attend(evenement, semaphore, i), name=f'tâche-{i}') for i in range(4)]
    evenement.set()
    print(await asyncio.gather(*taches), taches[0].get_name(), taches[0].done())

    tache = asyncio.create_task(lent())
    await asyncio.sleep(0.1)
    tache.cancel()
    resultats = await asyncio.gather(tache, return_exceptions=True)
    print(resultats, tache.cancelled())

    try:
        await asyncio.wait_for(asyncio.sleep(5), timeout=0.5)
    except asyncio.TimeoutError:
        print('wait_for : trop long')
    try:
        async with asyncio.timeout(0.2):
            await asyncio.sleep(5)
    except TimeoutError:
        print('timeout : trop long')

    async with asyncio.TaskGroup() as groupe:
        t1 = groupe.create_task(asyncio.sleep(0.1, result='a'))
        t2 = groupe.create_task(asyncio.sleep(0.2, result='b'))
    print(t1.result(), t2.result())

    for prochaine in asyncio.as_completed([asyncio.sleep(0.2, 'deux'), asyncio.sleep(0.1, 'un')]):
        print(await prochaine)
    fait, en_attente = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.1))], timeout=1)
    print(len(fait), len(en_attente), asyncio.current_task().get_name())
    loop = asyncio.get_running_loop()
    print(round(loop.time()) >= 0)


asyncio.run(main())
