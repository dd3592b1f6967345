

import typing
print(typing.T, typing.KT, typing.VT, typing.T_co, typing.V_co, typing.VT_co, typing.T_contra, typing.CT_co, typing.Reversible, typing.TypeGuard, typing.TypeGuard[int], typing.ParamSpecArgs, typing.ParamSpec('P').args.__class__)
class DT: pass
print(typing.dataclass_transform()(DT).__dataclass_transform__, typing.get_origin(typing.TypeGuard[int]), typing.Reversible[int], isinstance([], typing.Reversible))
P = typing.ParamSpec('P')
print(P.args == P.args, P.args == P.kwargs, isinstance(P.kwargs, typing.ParamSpecArgs), typing.get_origin(P.kwargs), typing.SupportsAbs.__parameters__[0] is typing.T_co)
try:
    typing.TypeGuard[int, str]
except TypeError as e:
    print(e)
