import functools
import itertools

def check(value):
    if value > 2:
        raise ValueError(f"bad value {value}")
    return value

print(list(itertools.takewhile(check, [1, 2])))
print(list(map(functools.partial(check), [1, 2])))
print(functools.reduce(lambda a, b: a + b, [x for x in []]))
