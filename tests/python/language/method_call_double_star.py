# obj.method(**mapping) and obj.method(*args, **mapping) with several keywords.
class Recorder:
    def __init__(self, *args, **kwargs):
        self.log(*args, **kwargs)

    def log(self, first=None, /, **kwargs):
        print(first, sorted(kwargs.items()))

    def total(self, a, b=0, *rest, c=0, **more):
        return a + b + sum(rest) + c + sum(more.values())

options = {"x": 1, "y": 2, "z": 3}
r = Recorder(**options)
Recorder(0, **options)
r.log(**options)
r.log("p", **{"k": 4, "j": 5})
print(r.total(1, **{"b": 2, "c": 3, "d": 4}), r.total(*[1, 2, 3], **{"c": 4, "e": 5}))
bound = r.total
print(bound(10, **{"b": 1, "c": 1}))
