# compare: whole stderr
# An exception in a finalizer cannot propagate: CPython reports it as "Exception ignored in:"
# with its traceback (no chained context) on stderr, and the program goes on.
def gen():
    try:
        yield 1
    finally:
        raise ValueError("boom")


g = gen()
next(g)
del g
print("after the generator")


class B:
    def __del__(self):
        raise KeyError("k")


b = B()
b = None
print("after __del__")


def check(value):
    if value < 0:
        raise ArithmeticError(f"negative: {value}")


class C:
    def __init__(self, value):
        self.value = value

    def __del__(self):
        check(self.value)


C(-1)
print("end")
