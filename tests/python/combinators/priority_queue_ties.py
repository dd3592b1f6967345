import asyncio
import random

class Job:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name
    def __lt__(self, other):
        return self.prio < other.prio
    def __repr__(self):
        return f"Job({self.prio}, {self.name})"

async def main():
    q = asyncio.PriorityQueue()
    random.seed(7)
    for i in range(40):
        q.put_nowait(Job(random.randint(0, 3), f"j{i}"))
    print(str(q))
    out = []
    while not q.empty():
        out.append(q.get_nowait())
    print(out)
    q2 = asyncio.PriorityQueue()
    for item in [(2, "b"), (1, "z"), (2, "a"), (1, "y"), (0, "x"), (3, "c"), (1, "a")]:
        await q2.put(item)
    print(str(q2))
    print([await q2.get() for _ in range(q2.qsize())])
    q3 = asyncio.PriorityQueue()
    q3.put_nowait({"a": 1})
    try:
        q3.put_nowait({"b": 2})
    except TypeError as e:
        print("TypeError:", e)
    print(str(q3), q3.qsize())
    l = asyncio.LifoQueue(2)
    l.put_nowait(1); l.put_nowait(2)
    print(str(l), l.full(), l.get_nowait(), l.get_nowait())
    print(asyncio.PriorityQueue[int], asyncio.LifoQueue[str])
    try:
        asyncio.PriorityQueue().get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")

asyncio.run(main())
