# A traceback keeps the frames an exception left, and their locals: a __del__ of such a local
# runs when the exception goes (the end of the except clause), not as the exception leaves.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)


def f(n):
    d = D(n)
    raise ValueError('x')


try:
    f(1)
except ValueError as e:
    print('caught')
print('after')


def g():
    try:
        f(2)
    except ValueError as e:
        print('re-raising')
        raise


try:
    g()
except ValueError:
    print('caught again')
print('end')
