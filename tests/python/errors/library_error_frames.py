import collections
import random

def pick(items):
    return random.choice(items)

counts = collections.Counter("abc")
print(counts.most_common(1))
pick([])
