class Managed:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.swallow

with Managed("a") as value:
    print("inside with", value)

with Managed("b", swallow=True):
    raise KeyError("swallowed")
print("after b")

try:
    with Managed("c"), Managed("d"):
        raise ValueError("propagated")
except ValueError as e:
    print("caught", e)
