// The playground's examples: every code cell of the French asyncio tutorial
// (/work/shared/seed/asyncio-tutorial-fr.txt), in order, with the text that introduces it —
// French as the tutorial wrote it, English translated — then a few extras of our own.
//
// Each example runs on its own, as a notebook cell in a fresh kernel: a cell that uses
// definitions from earlier cells gets them copied above it, under a comment naming those cells,
// exactly as the conformance corpus does (tests/python/tutorial/<corpus>.py; a test checks that
// the code below matches it line for line, comments aside).
//
// `id` is part of the share links (`#example=<id>`): never rename one.
// Explanations use a tiny markup: `code`, *emphasis*, and blank lines between paragraphs.

export const examples = [
  {
    id: 'pip-install',
    corpus: '01_pip_install',
    section: { fr: 'Introduction', en: 'Introduction' },
    title: { fr: 'Installer asyncio', en: 'Installing asyncio' },
    text: {
      fr: 'Première cellule du notebook. asyncio fait partie de la bibliothèque standard : la commande d\'installation est restée en commentaire.',
      en: 'The notebook\'s first cell. asyncio is part of the standard library: the install command stays commented out.',
    },
    code: `# !pip install asyncio
`,
  },
  {
    id: 'import-asyncio',
    corpus: '02_import_asyncio',
    section: { fr: 'Introduction', en: 'Introduction' },
    title: { fr: 'Importer asyncio', en: 'Importing asyncio' },
    text: {
      fr: 'La bibliothèque asyncio permet de gérer plusieurs actions en parallèle de manière *asynchrone*. Quand on définit les objets asynchrones, on définit en fait la marche à suivre lors de leur execution, puis au moment de les executer, on doit les attendre. On parle d\'objets *attendables* (ou en anglais *awaitable*)',
      en: 'The asyncio library lets you handle several actions in parallel, *asynchronously*. When you define asynchronous objects, you actually define the steps to follow when they run; then, when it is time to run them, you have to await them. They are called *awaitable* objects (*attendables* in French).',
    },
    code: `import asyncio
`,
  },
  {
    id: 'coroutine-call',
    corpus: '03_coroutine_call',
    section: { fr: '1.1. Les coroutines', en: '1.1. Coroutines' },
    title: { fr: 'Appeler une coroutine', en: 'Calling a coroutine' },
    text: {
      fr: 'Les coroutines sont des fonctions déclarées avec la syntaxe `async def` au lieu de mettre simplement `def` :',
      en: 'Coroutines are functions declared with the `async def` syntax instead of plain `def`:',
    },
    code: `async def coro():
    print('Hello world')

coro()
`,
  },
  {
    id: 'await-coroutine',
    corpus: '04_await_coroutine',
    section: { fr: '1.1. Les coroutines', en: '1.1. Coroutines' },
    title: { fr: 'Attendre une coroutine', en: 'Awaiting a coroutine' },
    text: {
      fr: 'Les coroutines ne s\'executent pas comme les autres fonctions ! Appeler la fonction ne plannifie pas leur execution. Il faut les attendre (et donc les démarer au moment opportun) !',
      en: 'Coroutines do not run like other functions! Calling the function does not schedule it to run. You have to await them (and so start them at the right moment)!',
    },
    code: `# Cellule précédente du notebook (In [33]) :
async def coro():
    print('Hello world')

# La cellule (In [28]) :
await coro()
`,
  },
  {
    id: 'define-echo',
    corpus: '05_define_echo',
    section: { fr: '1.1. Les coroutines', en: '1.1. Coroutines' },
    title: { fr: 'La coroutine echo', en: 'The echo coroutine' },
    text: {
      fr: 'La bibliothèque asyncio contient egalement ses propres coroutines que l\'on peut utiliser :',
      en: 'The asyncio library also has coroutines of its own that we can use:',
    },
    code: `async def echo(delai, quoi):
    await asyncio.sleep(delai) # coroutine qui fini son execution après *delai* secondes
    print(quoi)
`,
  },
  {
    id: 'await-echo',
    corpus: '06_await_echo',
    section: { fr: '1.1. Les coroutines', en: '1.1. Coroutines' },
    title: { fr: 'Attendre echo', en: 'Awaiting echo' },
    text: {
      fr: 'On attend `echo` : « bonjour » s\'affiche au bout de 2 secondes.',
      en: 'We await `echo`: “bonjour” appears after 2 seconds.',
    },
    code: `# Cellules précédentes du notebook (In [2], In [42]) :
import asyncio

async def echo(delai, quoi):
    await asyncio.sleep(delai) # coroutine qui fini son execution après *delai* secondes
    print(quoi)

# La cellule (In [43]) :
await echo(2, 'bonjour')
`,
  },
  {
    id: 'sequential-echos',
    corpus: '07_sequential_echos',
    section: { fr: '1.2. Les tâches (task)', en: '1.2. Tasks' },
    title: { fr: 'Des echos l\'un après l\'autre', en: 'One echo after the other' },
    text: {
      fr: 'Définir des coroutines définit des fonctions dont on doit attendre l\'execution avant de continuer quand on utilise le mot clé `await` :',
      en: 'Defining coroutines defines functions whose execution we must wait for before going on when we use the `await` keyword:',
    },
    code: `# Cellules précédentes du notebook (In [2], In [42]) :
import asyncio

async def echo(delai, quoi):
    await asyncio.sleep(delai) # coroutine qui fini son execution après *delai* secondes
    print(quoi)

# La cellule (In [47]) :
import time

print(f"started at {time.strftime('%X')}")

await echo(3, 'echo_lent')
await echo(1, 'echo_rapide') # on doit attendre la fin de l'execution de la première coroutine avant de pouvoir lancer la suivante...

print(f"finished at {time.strftime('%X')}")
`,
  },
  {
    id: 'tasks',
    corpus: '08_tasks',
    section: { fr: '1.2. Les tâches (task)', en: '1.2. Tasks' },
    title: { fr: 'Des tâches en même temps', en: 'Tasks at the same time' },
    text: {
      fr: 'Il est parfois souhaitable de conserver un ordre d\'execution des coroutines, mais l\'intérêt d\'asyncio est qu\'il peut être au contraire interessant de tout lancer en même temps ! Pour ça, on définit des tâches !',
      en: 'Sometimes you want to keep coroutines running in order, but the point of asyncio is that it can instead be worth starting everything at the same time! For that, we define tasks!',
    },
    code: `# Cellules précédentes du notebook (In [2], In [42], In [47]) :
import asyncio
import time

async def echo(delai, quoi):
    await asyncio.sleep(delai) # coroutine qui fini son execution après *delai* secondes
    print(quoi)

# La cellule (In [84]) :
task1 = asyncio.create_task(echo(3, 'echo_lent'))
task2 = asyncio.create_task(echo(1, 'echo_rapide'))


print(f"started at {time.strftime('%X')}")

await task1
await task2
print(f"finished at {time.strftime('%X')}")
`,
  },
  {
    id: 'future',
    corpus: '09_future',
    section: { fr: '1.3. Les avenirs (Future)', en: '1.3. Futures' },
    title: { fr: 'Un Future', en: 'A Future' },
    text: {
      fr: 'Un objet `Future` est un peu plus abstrait : il représente le résultat final d\'une opération asynchrone, mais qu\'on doit encore attendre. Quand un `Future` est attendu, la coroutine attendra qu\'il soit résolu (exemple de la documentation de l\'objet futur) :',
      en: 'A `Future` object is a bit more abstract: it stands for the final result of an asynchronous operation that we still have to wait for. When a `Future` is awaited, the coroutine waits until it is resolved (example from the documentation of the Future object):',
    },
    code: `# Cellule précédente du notebook (In [2]) :
import asyncio

# La cellule (In [51]) :
async def set_after(fut, delay, value):
    # Sleep for *delay* seconds.
    await asyncio.sleep(delay)

    # Set *value* as a result of *fut* Future.
    fut.set_result(value)

async def main():
    # Get the current event loop.
    loop = asyncio.get_running_loop()

    # Create a new Future object.
    fut = loop.create_future()
    print(type(fut))
    # Run "set_after()" coroutine in a parallel Task.
    # We are using the low-level "loop.create_task()" API here because
    # we already have a reference to the event loop at hand.
    # Otherwise we could have just used "asyncio.create_task()".
    loop.create_task(
        set_after(fut, 1, '... world'))

    print('hello ...')

    # Wait until *fut* has a result (1 second) and print it.
    print(await fut)

await main()
`,
  },
  {
    id: 'many-echos',
    corpus: '10_many_echos',
    section: { fr: '2. Aller plus loin', en: '2. Going further' },
    title: { fr: 'Plein d\'échos', en: 'Lots of echoes' },
    text: {
      fr: 'Cinq tâches lancées ensemble, attendues une par une : l\'écho *i* arrive au bout de *i*² secondes.',
      en: 'Five tasks started together and awaited one by one: echo *i* arrives after *i*² seconds.',
    },
    code: `# Cellules précédentes du notebook (In [2], In [42]) :
import asyncio

async def echo(delai, quoi):
    await asyncio.sleep(delai) # coroutine qui fini son execution après *delai* secondes
    print(quoi)

# La cellule (In [60]) :
async def plein_d_echos(n):
    liste_de_choses_a_faire = [asyncio.create_task(echo(i**2, f'echo {i}')) for i in range(1, n+1)]
    
    for i in range(n):
        await liste_de_choses_a_faire[i]

await plein_d_echos(5)
`,
  },
  {
    id: 'gather-echos',
    corpus: '11_gather_echos',
    section: { fr: 'Rassembler les tâches et futurs', en: 'Gathering tasks and futures' },
    title: { fr: 'gather', en: 'gather' },
    text: {
      fr: 'Attendre chaque tâche une par une peut être fastidieux : on les réunit avec gather !\n\nNote : gather prend autant d\'arguments que de tâches qu\'on veut réunir, donc si on a une liste de taches, il faut donner en argument les éléments de la liste un par un (on va unpack la liste avec `*`) et non la liste directement :',
      en: 'Awaiting each task one by one can be tedious: we bring them together with gather!\n\nNote: gather takes as many arguments as there are tasks to gather, so if we have a list of tasks, we must pass the elements of the list one by one (we unpack the list with `*`), not the list itself:',
    },
    code: `# Cellules précédentes du notebook (In [2], In [42]) :
import asyncio

async def echo(delai, quoi):
    await asyncio.sleep(delai) # coroutine qui fini son execution après *delai* secondes
    print(quoi)

# La cellule (In [None]) :
async def plein_d_echos2(n):
    liste_de_choses_a_faire = [asyncio.create_task(echo(i**2, f'echo {i}')) for i in range(1, n+1)]
    
    await asyncio.gather(*liste_de_choses_a_faire)

await plein_d_echos2(5)
`,
  },
  {
    id: 'gather-results',
    corpus: '12_gather_results',
    section: { fr: 'Rassembler les tâches et futurs', en: 'Gathering tasks and futures' },
    title: { fr: 'Les résultats de gather', en: 'The results of gather' },
    text: {
      fr: 'Si les tâches devaient donner des résultats, ils sont rendus dans une liste dont l\'ordre correspond à celui des tâches données en argument :',
      en: 'If the tasks have results, they are returned in a list whose order matches the order of the tasks given as arguments:',
    },
    code: `# Cellule précédente du notebook (In [2]) :
import asyncio

# La cellule (In [69]) :
async def identite(x, delai):
    await asyncio.sleep(delai)
    return x

await asyncio.gather(*[asyncio.create_task(identite(i, 5-i)) for i in range(1,4)])
`,
  },
  {
    id: 'wait-for-timeout',
    corpus: '13_wait_for_timeout',
    section: { fr: 'Imposer un délai d\'attente maximal', en: 'Setting a maximum waiting time' },
    title: { fr: 'wait_for et timeout', en: 'wait_for and timeout' },
    text: {
      fr: 'Parfois les taches trop longues n\'en valent pas la peine... on peut les interrompre si elles prennent trop de temps:',
      en: 'Sometimes tasks that take too long are not worth it… we can interrupt them if they take too much time:',
    },
    code: `# Cellule précédente du notebook (In [2]) :
import asyncio

# La cellule (In [65]) :
async def trop_long():
    await asyncio.sleep(60)
    print('1 minute !')

async def impatient():
    try:
        await asyncio.wait_for(trop_long(), timeout=2)
    except asyncio.TimeoutError:
        print('timeout !')
    
await impatient()
`,
  },
  {
    id: 'wait-first-completed',
    corpus: '14_wait_first_completed',
    section: { fr: 'Attendre avec des conditions sur un ensemble de tâche', en: 'Waiting on conditions over a set of tasks' },
    title: { fr: 'wait et FIRST_COMPLETED', en: 'wait and FIRST_COMPLETED' },
    text: {
      fr: 'On peut aussi faire des compétitions entre nos tâche, les faire tourner en simultanné et s\'arrêter dès que l\'une d\'entre elles est fini, ou attendre qu\'elles soient toutes finies avant de continuer (ce que ne permet pas gather, qui les fait toutes tourner en meme temps et renvoie les résultats au moment de leur obtention), ou interrompre toutes celles qui dépassent un certain délai.\n\nasyncio.wait prend en argument un itérable (un liste par exemple) d\'attendables, éventuellement un temps maximal d\'exection dans l\'argument `timeout` (par défaut None), et une condition d\'arrêt dans l\'argument `return_when` par défaut `asyncio.ALL_COMPLETED`, mais peut aussi valoir `asyncio.FIRST_COMPLETED` ou `asyncio.FIRST_EXCEPTION` ces valeurs sont des constantes d\'asyncio, donc il ne faut pas utiliser de guillements autour !\n\nElle renvoie en argument deux sets : `(done, pending)`\n\n`done` contient les tâches terminées,',
      en: 'We can also make our tasks compete: run them simultaneously and stop as soon as one of them has finished, or wait until they have all finished before going on (which gather does not allow: it runs them all at the same time and returns the results as they come), or interrupt every task that goes past some delay.\n\nasyncio.wait takes an iterable (a list, for example) of awaitables, optionally a maximum running time in the `timeout` argument (None by default), and a stop condition in the `return_when` argument, `asyncio.ALL_COMPLETED` by default, which can also be `asyncio.FIRST_COMPLETED` or `asyncio.FIRST_EXCEPTION`. These values are asyncio constants, so do not put quotes around them!\n\nIt returns two sets: `(done, pending)`\n\n`done` holds the finished tasks,',
    },
    code: `# Cellules précédentes du notebook (In [2], In [69]) :
import asyncio

async def identite(x, delai):
    await asyncio.sleep(delai)
    return x

# La cellule (In [105]) ; sa dernière ligne finissait par un \`t\` en trop dans le notebook, retiré ici :
taches = [asyncio.create_task(identite(i, 5-i)) for i in range(1,4)]
done, pending = await asyncio.wait(taches, return_when=asyncio.FIRST_COMPLETED)

print([tache in done for tache in taches])
print(taches[2].result())
`,
  },
  {
    id: 'tasks-script',
    section: { fr: 'En plus', en: 'Extras' },
    title: { fr: 'Les tâches dans un script', en: 'Tasks in a script' },
    text: {
      fr: 'Le même exemple que « Des tâches en même temps », écrit comme un script Python ordinaire : hors d\'un notebook, `await` n\'est permis que dans une coroutine, et `asyncio.run(main())` lance la boucle d\'événements.',
      en: 'The same example as “Tasks at the same time”, written as an ordinary Python script: outside a notebook, `await` is only allowed inside a coroutine, and `asyncio.run(main())` starts the event loop.',
    },
    code: `import asyncio
import time


async def echo(delai, quoi):
    await asyncio.sleep(delai)
    print(quoi)


async def main():
    task1 = asyncio.create_task(echo(3, 'echo_lent'))
    task2 = asyncio.create_task(echo(1, 'echo_rapide'))
    print(f"started at {time.strftime('%X')}")
    await task1
    await task2
    print(f"finished at {time.strftime('%X')}")


asyncio.run(main())
`,
  },
  {
    id: 'input',
    section: { fr: 'En plus', en: 'Extras' },
    title: { fr: 'Lire une réponse avec input()', en: 'Reading an answer with input()' },
    text: {
      fr: '`input()` affiche sa question dans la console : tapez la réponse dans le champ qui apparaît, puis Entrée.',
      en: '`input()` shows its question in the console: type the answer in the field that appears, then Enter.',
    },
    code: `import asyncio

nom = input('Comment vous appelez-vous ? ')
print(f'Bonjour, {nom} !')


async def compte_a_rebours(n):
    for i in range(n, 0, -1):
        print(i)
        await asyncio.sleep(1)
    print('Partez !')

asyncio.run(compte_a_rebours(3))
`,
  },
];

export function findExample(id) {
  return examples.find((example) => example.id === id) ?? null;
}
