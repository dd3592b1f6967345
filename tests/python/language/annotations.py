# Function annotations: evaluated when the function is defined, after the defaults.
import asyncio

def p(x):
    print("eval", x)
    return x

def f(a: p("a") = p("da"), /, b: p("b") = p("db"), *c: p("c"),
      d: p("d") = p("dd"), e: p("e"), **g: p("g")) -> p("ret"):
    pass

print(f.__annotations__)

def plain(x, y=1):
    pass

print(plain.__annotations__, plain.__annotations__ is plain.__annotations__)
plain.__annotations__["x"] = int
print(plain.__annotations__)
del plain.__annotations__
print(plain.__annotations__)
plain.__annotations__ = {"y": str}
print(plain.__annotations__, "__annotations__" in plain.__dict__)
plain.__annotations__ = None
print(plain.__annotations__)
try:
    plain.__annotations__ = 5
except TypeError as e:
    print("TypeError:", e)
print((lambda x, *, y=2: x).__annotations__)

async def fetch(url: str, timeout: float = 1.0) -> bytes:
    return b""

class Box:
    def put(self, item: "Item", *, force: bool = False) -> None:
        pass

    @staticmethod
    def make(n: int) -> "Box":
        return Box()

print(fetch.__annotations__)
print(Box.put.__annotations__, Box().put.__annotations__)
print(Box.make.__annotations__)

def outer():
    T = list
    class Inner:
        item: T[int]
    def inner(x: T[int]) -> T:
        return x
    return inner, Inner

inner, Inner = outer()
print(inner.__annotations__, Inner.__annotations__)

def local_annotations():
    x: undefined_name
    y: also_undefined = 3
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    print(y, local_annotations.__annotations__)

local_annotations()
print(asyncio.iscoroutinefunction(fetch))
