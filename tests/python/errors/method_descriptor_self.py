import asyncio, collections
cases = [
    lambda: str.upper(5), lambda: str.join(1, []), lambda: str.zfill(5, 3), lambda: str.upper(),
    lambda: list.append((), 1), lambda: dict.get([], 1), lambda: bytes.decode(1),
    lambda: int.bit_length(1.5), lambda: float.is_integer(1), lambda: set.add([], 1),
    lambda: tuple.count([], 1), 
    lambda: collections.deque.append([], 1), lambda: asyncio.Future.done(1),
    lambda: asyncio.Future.cancel("x"), lambda: dict.keys(1), lambda: str.format(1),
    lambda: object.__eq__(1, 2), lambda: type.mro(3),
    lambda: str.encode(b"x"), lambda: bytes.decode("x"), lambda: int.to_bytes(1.0, 1, 'big'),
    lambda: BaseException.with_traceback(1, None), lambda: range.count([], 1),
    lambda: str.startswith(1, "a"), lambda: frozenset.union(set(), []),
]
for i, c in enumerate(cases):
    try:
        print(i, repr(c()))
    except TypeError as e:
        print(i, "TypeError:", e)
class S(str): pass
print(str.upper(S("abc")), object.__eq__(1, 1), dict.get({1: 2}, 1))
print(list(map(str.upper, ["a", "b"])), sorted(["b", "A"], key=str.lower))
