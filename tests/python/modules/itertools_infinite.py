import itertools

print(list(itertools.islice(itertools.count(), 5)))
print(list(itertools.islice(itertools.count(10, 2.5), 4)))
print(list(itertools.islice(itertools.cycle("abc"), 7)))
print(list(itertools.repeat("x", 3)), list(zip(range(3), itertools.repeat(0))))
print(list(itertools.islice("abcdefgh", 2, 7, 2)), list(itertools.islice(range(100), 3)))
counter = itertools.count(1)
print(next(counter), next(counter), next(counter))
print(list(itertools.takewhile(lambda x: x < 5, itertools.count(1))))
print(list(itertools.islice(itertools.dropwhile(lambda x: x < 5, itertools.count(1)), 3)))
