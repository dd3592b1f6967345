import functools
import operator

print(functools.reduce(operator.add, [1, 2, 3, 4]))
print(functools.reduce(lambda acc, x: acc * x, range(1, 6), 1))
print(functools.reduce(lambda a, b: a + b, [], "empty"))
base2 = functools.partial(int, base=2)
print(base2("1010"), base2("11"))
def power(base, exp):
    return base ** exp
square = functools.partial(power, exp=2)
cube_of_2 = functools.partial(power, 2)
print(square(7), cube_of_2(3), square.args, square.keywords, square.func is power)
def compare(a, b):
    return (len(a) > len(b)) - (len(a) < len(b))
print(sorted(["ccc", "a", "bb", "dddd"], key=functools.cmp_to_key(compare)))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
