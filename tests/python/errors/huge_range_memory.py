# Holding a range too long for the memory fails at once with MemoryError, as CPython's
# preallocation from the range's length does, instead of after filling the memory.
attempts = [
    'a, *b = range(10**18)',
    'first, *middle, end = range(9127146648188840806)',
    'list(range(10**18))',
    '[*range(10**18)]',
    'tuple(range(10**18))',
    'sorted(range(2**62))',
    'x = [0]; x.extend(range(10**18))',
]
for source in attempts:
    try:
        exec(source)
    except MemoryError as error:
        print(source, '->', type(error).__name__, repr(str(error)))
a, *b = range(5)
x = [9]
x.extend(range(3))
print(a, b, x, [*range(2)])
