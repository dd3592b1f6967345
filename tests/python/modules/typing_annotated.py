from typing import Annotated, get_origin, get_args, get_type_hints, TypedDict, Required, List, Optional
import typing
A = Annotated[int, 'meta', 3]
print(A, A.__metadata__, A.__origin__, get_origin(A) is Annotated, get_args(A), Annotated)
print(Annotated[Annotated[int, 1], 2], A == Annotated[int, 'meta', 3], hash(A) == hash(Annotated[int, 'meta', 3]))
print(Annotated[List[int], 'x'], Optional[Annotated[str, 'y']], A(5) if False else '')
for bad in (lambda: Annotated[int], lambda: Annotated(), lambda: isinstance(1, A)):
    try:
        bad()
    except TypeError as e:
        print(e)
class TD(TypedDict, total=False):
    a: Annotated[Required[int], 'x']
    b: Annotated[str, 'y']
print(sorted(TD.__required_keys__), sorted(TD.__optional_keys__))
def f(x: Annotated[int, 'pos'], y: 'Annotated[str, 1]') -> None: ...
print(get_type_hints(f), get_type_hints(f, include_extras=True))
