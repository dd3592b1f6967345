import itertools

print(list(itertools.product("ab", [1, 2])))
print(list(itertools.product([0, 1], repeat=3)))
print(list(itertools.permutations([1, 2, 3])))
print(list(itertools.permutations("abcd", 2))[:5], len(list(itertools.permutations(range(5), 3))))
print(list(itertools.combinations("abcd", 2)))
print(list(itertools.combinations_with_replacement("ab", 2)))
print(len(list(itertools.combinations(range(10), 4))))
