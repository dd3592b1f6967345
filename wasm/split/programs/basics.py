# What a learner writes around the tutorial's examples: the everyday built-ins, methods and
# statements, so that the engine's first part runs them without its deferred part. Each line
# here grows the part every page downloads (docs/ARCHITECTURE.md, "The engine in two parts").
import math
import time

debut = time.perf_counter()
nombres = [3, 1, 4, 1, 5, 9, 2, 6]
carres = [n * n for n in nombres if n % 2]
nombres.append(7)
nombres.insert(0, 8)
nombres.remove(1)
print(nombres, carres, sorted(nombres), sum(nombres), len(nombres), nombres[1:3], nombres[-1])
print(nombres.pop(), nombres.pop(0), nombres.index(9), 5 in nombres, max([(1, 'a'), (2, 'b')]))
print(math.sqrt(2), math.pi, math.floor(2.5), round(2.675, 2), abs(-3), 7 // 2, 7 % 3, 2 ** 10)
for i, (lettre, n) in enumerate(zip('abc', range(3))):
    print(i, lettre, n, end='; ')
print()

ages = {'Ada': 36, 'Alan': 41}
ages['Grace'] = 85
for nom, age in sorted(ages.items()):
    print(f'{nom}: {age} ans, {age / 7:.2f} {ages.get("Linus", 0)}')

mots = '  Bonjour le monde  '.strip().split()
print(' '.join(mots).upper(), mots[0].lower().replace('o', '0'), *mots, sep='|')


class Compte:
    def __init__(self, titulaire, solde=0):
        self.titulaire = titulaire
        self.solde = solde

    def depose(self, montant):
        if montant <= 0:
            raise ValueError(f'montant invalide : {montant}')
        self.solde += montant
        return self

    def __repr__(self):
        return f'Compte({self.titulaire!r}, {self.solde})'


compte = Compte('Ada').depose(10)
try:
    compte.depose(-1)
except ValueError as erreur:
    print('erreur :', erreur)
finally:
    print(compte, isinstance(compte, Compte))
print(f'en {time.perf_counter() - debut:.2f} s' if time.perf_counter() >= debut else '')
