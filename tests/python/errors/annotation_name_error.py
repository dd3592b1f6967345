# An annotation naming nothing raises NameError when the function is defined.
def ok(a: int, b: str = "x") -> bool:
    return True

print(ok.__annotations__)


def broken(a: int,
           b: Undefined = 3) -> None:
    pass

print("not reached")
