# Common errors outside asyncio: a str and an int added, caught, then a wrong call uncaught.
try:
    print('n = ' + 3)
except TypeError as erreur:
    print(type(erreur).__name__, erreur)
try:
    [1, 2][5]
except IndexError as erreur:
    print(erreur)
try:
    {}['clé']
except KeyError as erreur:
    print(repr(erreur))
print(int('douze'))
