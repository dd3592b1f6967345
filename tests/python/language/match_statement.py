# The match statement (PEP 634), as CPython 3.11 runs it: every kind of pattern, guards,
# binding rules, `match` and `case` as ordinary names, and matching inside coroutines.
import asyncio
import collections


# ---- soft keywords: match and case stay ordinary names ----
match = 5
case = 1
print(match, case)
match += case
print(match)


def match(x):  # noqa: F811
    return x * 2


print(match(21))
match = [3, 4]
print(match[0], match [1])
match = {"k": 1}
print(match["k"])
_ = 7
print(_)


# ---- literals ----
def literal(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 1 + 2j:
            return "complex"
        case -2 - 3j:
            return "negative complex"
        case "hello" " world":
            return "concatenated"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "other"


for value in [0, -1, 1.5, 1 + 2j, -2 - 3j, "hello world", b"raw", None, True, False, 0.0,
              1, 2, "x"]:
    print(repr(value), literal(value))


# ---- captures, wildcards, as, or ----
def shapes(x):
    match x:
        case [] | ():
            return "empty"
        case [0, *_]:
            return "starts with zero"
        case [first, *middle, last] if len(middle) > 1:
            return f"long: {first} {middle} {last}"
        case (a, b):
            return f"pair {a} {b}"
        case [a, b, c] as whole:
            return f"triple {a} {b} {c} {whole}"
        case [_, [inner, *_] as nested, *rest]:
            return f"nested {inner} {nested} {rest}"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case str() | bytes():
            return "string-like"
        case other:
            return f"other {type(other).__name__}"


for value in [[], (), [0, 9], [1, 2, 3, 4, 5], (7, 8), [7, 8], [1, 2, 3], [1, [2, 3], 4],
              range(2), range(5), 2, "ab", b"cd", {1, 2}, {"a": 1}, collections.deque([5, 6]),
              (n for n in [1, 2]), (1, 2, 3)]:
    print(shapes(value))


def star_positions(x):
    match x:
        case [*_, 9]:
            return "ends with 9"
        case [1, *_, 2, 3]:
            return "1 ... 2 3"
        case [*head, 0]:
            return f"head {head}"
        case [a, *_]:
            return f"first {a}"
    return "no match"


for value in [[9], [5, 9], [1, 2, 3], [1, 7, 8, 2, 3], [4, 5, 0], (4, 5, 0), [8], "90", []]:
    print(value, star_positions(value))


# ---- or-patterns binding the same names in different orders ----
def alternatives(x):
    match x:
        case [a, b, "ab"] | [b, a, "ba"]:
            return a, b
        case {"x": a, "y": b} | (b, a):
            return a, b
        case _:
            return None


print(alternatives([1, 2, "ab"]), alternatives([1, 2, "ba"]),
      alternatives({"x": 1, "y": 2}), alternatives((3, 4)), alternatives(5))


# ---- value patterns ----
class Color:
    RED = "red"
    GREEN = "green"

    class Inner:
        BLUE = "blue"


def color(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.Inner.BLUE:
            return "is blue"
        case Color.GREEN | "lime":
            return "greenish"
    return "unknown"


print(color("red"), color("blue"), color("lime"), color("green"), color("pink"))


# ---- mappings ----
class Missing(dict):
    def __missing__(self, key):
        return "from __missing__"


def mapping(m):
    match m:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x} {y}"
        case {"type": "empty", **rest} if not rest:
            return "empty with nothing else"
        case {"type": kind, **rest}:
            return f"{kind} with {sorted(rest.items())}"
        case {1: one, -2: minus_two, 1.5: f, None: n}:
            return f"numbers {one} {minus_two} {f} {n}"
        case {Color.RED: r}:
            return f"red key {r}"
        case {}:
            return f"some mapping {type(m).__name__}"
        case _:
            return "not a mapping"


for value in [{"type": "point", "x": 1, "y": 2}, {"type": "empty"}, {"type": "box", "w": 3, "h": 4},
              {1: "a", -2: "b", 1.5: "c", None: "d", 7: 8}, {"red": 1}, {}, Missing(), [1],
              collections.OrderedDict(type="ordered", z=0), collections.Counter(type=3),
              collections.defaultdict(int, type="dd")]:
    print(mapping(value))
dd = collections.defaultdict(list)
match dd:
    case {"absent": _}:
        print("matched absent key")
    case _:
        print("defaultdict unchanged:", dict(dd))
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest is a new dict:", rest, type(rest).__name__)


# ---- class patterns ----
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Plain:
    def __init__(self):
        self.a = 1


class MyInt(int):
    pass


def classes(obj):
    match obj:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point3(_, _, z=z) if z > 10:
            return f"high {z}"
        case Point(x=px, y=py) as p:
            return f"point {px} {py} {p}"
        case Plain(a=1):
            return "plain with a=1"
        case bool(b):
            return f"bool {b}"
        case MyInt(n):
            return f"MyInt {n} {type(n).__name__}"
        case int(n) | float(n):
            return f"number {n}"
        case str(s) if s:
            return f"str {s}"
        case list([first, *_]):
            return f"list starting {first}"
        case dict({"k": v}):
            return f"dict k={v}"
        case tuple((a, b)):
            return f"tuple {a} {b}"
        case set() | frozenset():
            return "set"
        case Plain():
            return "plain"
        case object(__class__=cls):
            return f"object of {cls.__name__}"


for value in [Point3(0, 0, 0), Point(0, 0), Point(0, 5), Point(3, 0), Point3(1, 2, 11),
              Point3(1, 2, 3), Plain(), True, MyInt(4), 7, 2.5, "s", "", [9, 8], {"k": 1},
              (1, 2), {1}, frozenset(), None]:
    print(classes(value))
odd = Plain()
odd.a = 2
print(classes(odd))

for pattern_source in ["Point(1, 2, 3)", "Plain(1)", "Point(x, x=1)"]:
    try:
        exec(f"match Point(1, 2) if 'Plain' not in {pattern_source!r} else Plain():\n"
             f"    case {pattern_source}:\n        print('matched')\n")
    except TypeError as e:
        print("TypeError:", e)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

not_a_class = 5
try:
    match 1:
        case not_a_class.real():
            pass
except TypeError as e:
    print("TypeError:", e)


class BadArgs:
    __match_args__ = ["x"]


try:
    match BadArgs():
        case BadArgs(x):
            pass
except TypeError as e:
    print("TypeError:", e)


class Lookups:
    __match_args__ = ("a", "b")

    @property
    def a(self):
        print("  reading a")
        return 1

    @property
    def b(self):
        print("  reading b")
        return 2


match Lookups():
    case Lookups(2, _):
        print("first")
    case Lookups(1, b):
        print("second", b)


# ---- binding rules ----
def bindings():
    match [1, 2]:
        case [x, 3]:
            pass
        case _:
            pass
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    match [1, 2]:
        case [y, 2] if y > 5:
            print("guard passed")
        case _:
            print("guard failed, y bound anyway:", y)
    match (1, (2, 3)):
        case (a, (b, c) as inner):
            print(a, b, c, inner)
    return locals()


print(sorted(bindings()))

total = 0
for item in [1, "two", [3], {"n": 4}, Point(5, 6)]:
    match item:
        case int(n):
            total += n
        case str():
            continue
        case [n]:
            total += n
        case {"n": n}:
            total += n
        case Point(x=x):
            total += x
            break
print("total", total, "n", n, "x", x)


def subject_evaluated_once():
    calls = []

    def subject():
        calls.append(1)
        return [1, 2]

    match subject():
        case [0, _]:
            pass
        case [_, 0]:
            pass
        case [a, b]:
            print("matched", a, b, "calls", len(calls))


subject_evaluated_once()

match 1, 2:
    case (a, b):
        print("tuple subject", a, b)
match *[1, 2], 3:
    case [*xs]:
        print("starred subject", xs)


class WithMatchInClass:
    match 3:
        case 3:
            inside = "bound in the class body"


print(WithMatchInClass.inside)


def nested_functions():
    match {"cb": 10}:
        case {"cb": captured}:
            pass
    return lambda: captured


print(nested_functions()())


# ---- or-patterns with nested captures, control flow, other subjects ----
def nested_alternatives(x):
    match x:
        case [a, [b, c]] | [[c, b], a] | {"a": a, "b": b, "c": c}:
            return (a, b, c)
        case ((1 as a) | (2 as a), (7 | 200 as b)) if a + b > 100:
            return ("guarded", a, b)
        case ((1 as a) | (2 as a), b):
            return ("alt-as", a, b)
    return None


for value in [[1, [2, 3]], [[3, 2], 1], {"a": 1, "b": 2, "c": 3}, (1, 5), (2, 200), (3, 4)]:
    print(nested_alternatives(value))


def control_flow(items):
    out = []
    for it in items:
        try:
            match it:
                case 0:
                    continue
                case -1:
                    break
                case [x, *_]:
                    return ("early", x, out)
                case n:
                    out.append(n)
        finally:
            out.append("f")
    return out


print(control_flow([1, 0, 2, -1, 3]), control_flow([1, [9, 8]]))

match (w := 5):
    case 5 if (z := w * 2) > 5:
        print("walrus", w, z)


class HasAttr:
    attr = 1


match HasAttr.__dict__:
    case {"attr": v}:
        print("class __dict__ is a mapping:", v)


class LoudGet(dict):
    def get(self, key, default=None):
        print("  get", key)
        return super().get(key, default)


match LoudGet(a=1, b=2):
    case {"a": 1, "b": bb}:
        print("bb", bb)


def generator():
    for v in [1, "a", (1, 2)]:
        match v:
            case int():
                yield "int"
            case (p, q):
                yield p + q
            case _:
                yield "other"


print(list(generator()))


class Loud:
    def __eq__(self, other):
        print("  __eq__ with", other)
        return True


class Values:
    LOUD = Loud()


match 42:
    case Values.LOUD:
        print("value patterns compare with ==")
match 1:
    case True:
        print("wrong: 1 is not True")
    case _:
        print("True matches by identity")


class Seq(list):
    pass


match Seq([1, 2, 3, 4, 5]):
    case [a, *_, b, c]:
        print("star wildcard by index", a, b, c)
match range(10):
    case [0, 1, *mid, 9]:
        print("range", mid)
match = 3
match match:
    case match:
        print("match is", match)
try:
    match 1:
        case x if 1 / 0:
            pass
except ZeroDivisionError as e:
    print("guard raised:", e, "x bound:", x)


def set_global():
    global GLOBAL_CAPTURE
    match 7:
        case GLOBAL_CAPTURE:
            pass


set_global()
print("global capture", GLOBAL_CAPTURE)


# ---- inside coroutines ----
async def fetch(value):
    await asyncio.sleep(0)
    return value


async def handle(message):
    match await fetch(message):
        case {"op": "add", "args": [a, b]}:
            return a + b
        case {"op": "wait", "delay": d} if await fetch(d) > 0:
            await asyncio.sleep(0)
            return f"waited {d}"
        case {"op": op}:
            return f"unknown op {op}"
        case _:
            return "bad message"


async def main():
    results = await asyncio.gather(
        handle({"op": "add", "args": [1, 2]}),
        handle({"op": "wait", "delay": 1}),
        handle({"op": "wait", "delay": 0}),
        handle("nope"),
    )
    print(results)


asyncio.run(main())
