class Range2:
    def __init__(self, stop):
        self.stop = stop

    def __iter__(self):
        return Range2Iterator(self.stop)

class Range2Iterator:
    def __init__(self, stop):
        self.i = 0
        self.stop = stop

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.stop:
            raise StopIteration
        self.i += 2
        return self.i - 2

print(list(Range2(7)), sum(Range2(7)), 4 in Range2(7))
it = iter([10, 20, 30])
print(next(it), list(it), list(it))
print(list(iter(lambda: "x", "x")))
r = range(10, 0, -3)
print(list(r), len(r), r[1], 7 in r, r.index(4))
print(list(reversed("abc")), list(reversed(range(3))))
