import itertools
import operator

print(list(itertools.chain([1, 2], "ab", (3,))))
print(list(itertools.chain.from_iterable([[1, 2], [3], []])))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.accumulate([1, 2, 3], operator.mul, initial=10)))
data = "aaabccdddd"
print([(k, len(list(g))) for k, g in itertools.groupby(data)])
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
for letter, group in itertools.groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
print(list(itertools.zip_longest("abc", [1], fillvalue="-")))
print(list(itertools.takewhile(str.isupper, "ABcD")), list(itertools.dropwhile(str.isupper, "ABcD")))
print(list(itertools.starmap(pow, [(2, 3), (3, 2), (10, 0)])))
print(list(itertools.pairwise([1, 4, 9, 16])), list(itertools.pairwise("a")))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.filterfalse(None, [0, 1, 0, 2])))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
