def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("RecursionError", type(e).__name__)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError:
    print("repr recursion")
l = []
l.append(l)
print(l)
d = {}
d[1] = d
print(d)
def gen(n):
    yield n
    yield from gen(n + 1)
try:
    for v in gen(0):
        pass
except RecursionError:
    print("gen recursion")
async def a(n):
    return await a(n + 1)
import asyncio
try:
    asyncio.run(a(0))
except RecursionError:
    print("async recursion")
