# Argument errors of functions CPython writes in C with Argument Clinic: deque(), complex(), module(),
# math.isclose/prod, Future(), cancel(), add_done_callback(), Task(), current_task().
import asyncio, collections, math
cases = ["collections.deque([], 1, 2)", "collections.deque(x=1)", "collections.deque([], iterable=[])",
 "complex(1, 2, 3)", "complex(x=1)", "complex(1, real=2)",
 "type(math)('m', 'd', 3)", "type(math)(x=1)", "type(math)()",
 "math.isclose(1, 2, 3)", "math.isclose(1)", "math.isclose(1, a=1)", "math.isclose(1, b=2, c=1)",
 "math.prod([1], start=2, x=1)", "math.prod(start=1, a=1, b=2)", "math.prod([1], x=2)", "math.prod(iterable=[1])",
]
for c in cases:
    try:
        print(c, '->', eval(c))
    except Exception as e:
        print(c, '!!', type(e).__name__, e)
async def main():
    loop = asyncio.get_running_loop()
    for c in ["asyncio.Future(x=1)", "asyncio.Future(1)", "loop.create_future().cancel(1, 2)", "loop.create_future().cancel(x=1)",
              "loop.create_future().add_done_callback()", "loop.create_future().add_done_callback(print, x=1)", "asyncio.Task()", "asyncio.Task(None, x=1)"]:
        try:
            r = eval(c)
            print(c, '->', type(r).__name__)
        except Exception as e:
            print(c, '!!', type(e).__name__, e)
asyncio.run(main())
