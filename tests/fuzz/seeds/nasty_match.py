# The match statement for the fuzzer: every pattern kind, soft keywords, guards, or-patterns
# that reorder captures, and matching inside a coroutine.
import asyncio

match = case = _ = 1
print(match, case, _)


class P:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def f(v):
    match v:
        case 0 | -1 | 1.5 | 2 + 3j | "s" "t" | b"b" | None | True:
            return "literal"
        case [a, [b, *c], *d] | [[b, *c], a, *d]:
            return a, b, c, d
        case {"k": [1, *_] as k, **rest} if rest:
            return k, rest
        case P(0, y=yy) | P(yy, 0):
            return yy
        case P(x=P(x=x2)):
            return x2
        case int(n) | str(n) if n:
            return n
        case (_, _, *_):
            return "long"
        case other:
            return other


for v in [0, [1, [2, 3], 4], [[2], 1], {"k": [1, 2], "z": 3}, P(0, 5), P(P(7, 8), 1), 9, "",
          (1, 2, 3), {}, P(1, 2)]:
    print(f(v))


async def main():
    match await asyncio.sleep(0, result=[1, 2]):
        case [x, y] if await asyncio.sleep(0, result=True):
            print(x + y)


asyncio.run(main())
