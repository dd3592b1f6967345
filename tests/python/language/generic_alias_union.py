import asyncio, collections, types
print(list[int], dict[str, int], tuple[int, ...], type[int], set[str], tuple[()], list[list[int]])
print(list[int]([1]), list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]))
print(asyncio.Queue[int], asyncio.Future[int], collections.deque[int], frozenset[asyncio.Task])
print(int | None, None | int, int | str | None, (int | str) == (str | int), int | int, int | list[int])
print(type(int | str), type(list[int]), (int | str).__args__, list[int].__origin__, list[int].__args__)
print(isinstance(1, int | str), isinstance(None, int | None), isinstance(1.5, int | str), issubclass(bool, int | str))
print(list[int].__name__, list[int].append)
class A(list[int]): pass
print(A.__bases__, A([1, 2]))
def f(x: int | None = None) -> list[int]: return [x]
print(f(3), types.GenericAlias(list, (int,)), types.UnionType)
for e in ["int | 'str'", "int | 1", "isinstance([], list[int])", "issubclass(list, list[int])", "isinstance(1, int | list[int])", "isinstance(1, 5)", "types.UnionType()", "str | 3.5"]:
    try: print(repr(eval(e)))
    except Exception as x: print(e, '|', type(x).__name__, x)
print(A.__orig_bases__, dict[str, list[int]], [list[int], int | None], {int | str: 1})
print(list[int] | None, None | list[int], (int | str) | (float | int), type[int] == type[int])
class B(dict[str, int], metaclass=type): pass
print(B.__mro__, B.__orig_bases__)
print(asyncio.Future[int]().__class__, collections.deque[int]([1]))
