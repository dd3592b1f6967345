# compare: whole stderr
# The source lines and carets of tracebacks (CPython 3.11's positions): traceback.print_exc()
# prints each caught error as the interpreter would, the last one is uncaught.
import traceback


def check(x):
    assert x > 0, f"x must be positive, got {x}"


def check_both(x, y):
    assert x and y > 1


def check_truth(x):
    assert x


counter = 0


def increment():
    counter += 1


def add(a, b):
    return a + b


def cases():
    yield lambda: check(-1)
    yield lambda: check_both(1, 0)
    yield lambda: check_truth(0)
    yield increment
    yield lambda: add(1,
                      "two")
    yield lambda: [1, 2][ 5 ]
    yield lambda: {"é": 1}["ü"]   
    yield lambda: (1) + None


for case in cases():
    try:
        case()
    except Exception:
        traceback.print_exc()

try:
    import asyncioo
except ImportError:
    traceback.print_exc()

with ():
    pass
