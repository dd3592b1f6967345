# A finished task's repr shows its result through reprlib.repr (long values cut short), and
# reprlib itself: Repr's limits and recursive_repr.
import asyncio
import reprlib


async def give(value):
    return value


async def main():
    for value in ["short", "a" * 50, 10 ** 50, list(range(10)), {f"k{i}": i for i in range(6)},
                  (1,), {3, 1, 2}, None, 1.5, [[[[[[[1]]]]]]], frozenset({2, 1})]:
        task = asyncio.create_task(give(value), name="t")
        await task
        print(task)


asyncio.run(main())
print(reprlib.repr("x" * 100), reprlib.Repr().repr1([1, 2], 0))
limited = reprlib.Repr()
limited.maxlist = 2
print(limited.repr(list(range(5))), limited.repr(tuple(range(5))))


class Node:
    def __init__(self):
        self.children = [self]

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.children})"


print(Node())
