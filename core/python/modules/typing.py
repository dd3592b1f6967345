# typing: the names programs annotate with (Lib/typing.py of CPython 3.11, the parts a program
# running here meets): the aliases of the built-in and abstract collections (List, Dict,
# Iterable, Callable...), Union and Optional, Any, TypeVar, ParamSpec and Generic, Protocol,
# TypedDict, Annotated, Literal, ClassVar, Final, NewType, NamedTuple, cast, overload,
# get_origin and get_args, with CPython's reprs, equality, subscription checks and isinstance
# rules. The abstract collections (Iterable, Sequence...) are aliases of collections.abc's. In
# the library archive (core/python/CMakeLists.txt); its frames are hidden from tracebacks.

import abc as _abc
import collections as _collections
import collections.abc as _cabc
import types as _types

TYPE_CHECKING = False
_NoneType = type(None)


def _type_repr(obj):
    if isinstance(obj, _types.GenericAlias):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, _types.FunctionType):
        return obj.__name__
    return repr(obj)


class ForwardRef:
    def __init__(self, arg):
        if not isinstance(arg, str):
            raise TypeError(f'Forward reference must be a string -- got {arg!r}')
        self.__forward_arg__ = arg

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


def _type_check(arg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _collect_parameters(args):
    parameters = []
    for arg in args:
        if isinstance(arg, (TypeVar, ParamSpec)):
            found = (arg,)
        else:
            found = getattr(arg, '__parameters__', ())
            if not isinstance(found, tuple):
                found = ()
        for parameter in found:
            if parameter not in parameters:
                parameters.append(parameter)
    return tuple(parameters)


def _substitute(arg, mapping):
    if isinstance(arg, (TypeVar, ParamSpec)):
        return mapping.get(arg, arg)
    if isinstance(arg, (_GenericAlias, _types.GenericAlias)) and arg.__parameters__:
        return arg[tuple(mapping.get(p, p) for p in arg.__parameters__)]
    return arg


def _mro_entries(alias, origin, bases):
    # A subscripted or bare alias as a base class: its origin, and Generic unless a later base
    # brings it (typing's _BaseGenericAlias.__mro_entries__).
    entries = []
    if origin not in bases:
        entries.append(origin)
    i = bases.index(alias)
    for base in bases[i + 1:]:
        if isinstance(base, (_BaseGenericAlias, _types.GenericAlias)) or (
                isinstance(base, type) and issubclass(base, Generic)):
            break
    else:
        entries.append(Generic)
    return tuple(entries)


class _BaseGenericAlias:
    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __mro_entries__(self, bases):
        return _mro_entries(self, self.__origin__, bases)


class _GenericAlias(_BaseGenericAlias):
    # A subscripted alias: List[int], Dict[str, T], Stack[int].
    def __init__(self, origin, args, name=None, inst=True):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self._name = name
        self._inst = inst

    def __repr__(self):
        name = f'typing.{self._name}' if self._name else _type_repr(self.__origin__)
        if not self.__args__:
            return f'{name}[()]'
        return f"{name}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; use '
                            f'{self.__origin__.__name__}() instead')
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __getitem__(self, params):
        if not self.__parameters__:
            raise TypeError(f'{self} is not a generic class')
        params = _paramspec_params(self.__parameters__, _as_tuple(params))
        if len(params) != len(self.__parameters__):
            more = 'many' if len(params) > len(self.__parameters__) else 'few'
            raise TypeError(f'Too {more} arguments for {self}; actual {len(params)}, '
                            f'expected {len(self.__parameters__)}')
        mapping = dict(zip(self.__parameters__, (_type_check(p) for p in params)))
        args = tuple(_substitute(a, mapping) for a in self.__args__)
        return self.copy_with(args)

    def copy_with(self, args):
        return type(self)(self.__origin__, args, self._name, self._inst)

    def __mro_entries__(self, bases):
        if self._name:
            return _mro_entries(self, self.__origin__, bases)
        if self.__origin__ is Generic:
            i = bases.index(self)
            for base in bases[i + 1:]:
                if isinstance(base, _BaseGenericAlias) and base is not self:
                    return ()
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')


def _is_param_expr(arg):
    # What may stand for a callable's parameters: ..., a ParamSpec or a Concatenate.
    return arg is ... or isinstance(arg, ParamSpec) or (
        isinstance(arg, _GenericAlias) and arg.__origin__ is Concatenate)


def _paramspec_params(parameters, params):
    # X[int, str] is X[[int, str]] for an alias or class of one ParamSpec; the list of types
    # given for a ParamSpec is kept as a tuple.
    if not any(isinstance(p, ParamSpec) for p in parameters):
        return params
    if (len(parameters) == 1 and params and not _is_param_expr(params[0]) and
            not isinstance(params[0], (tuple, list))):
        params = (params,)
    return tuple(tuple(p) if i < len(parameters) and isinstance(p, list) and
                 isinstance(parameters[i], ParamSpec) else p for i, p in enumerate(params))


class _CallableGenericAlias(_GenericAlias):
    def copy_with(self, args):
        # A ParamSpec replaced by types: Callable[P, T][[int, str], bool] is
        # Callable[[int, str], bool], Concatenate[int, P] with P as (str,) is [int, str].
        *arguments, result = args
        if len(arguments) == 1:
            first = arguments[0]
            if isinstance(first, tuple):
                arguments = list(first)
            elif (isinstance(first, _GenericAlias) and first.__origin__ is Concatenate and
                  isinstance(first.__args__[-1], tuple)):
                arguments = [*first.__args__[:-1], *first.__args__[-1]]
        return type(self)(self.__origin__, (*arguments, result), self._name, self._inst)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return f'typing.Callable[{_type_repr(args[0])}, {_type_repr(args[1])}]'
        parameters = ', '.join(_type_repr(a) for a in args[:-1])
        return f'typing.Callable[[{parameters}], {_type_repr(args[-1])}]'


class _SpecialGenericAlias(_BaseGenericAlias):
    # A bare alias: List, Dict, Iterable; subscripting it makes a _GenericAlias.
    def __init__(self, origin, nparams, name, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst

    def __repr__(self):
        return f'typing.{self._name}'

    def __getitem__(self, params):
        params = tuple(_type_check(p) for p in _as_tuple(params))
        if len(params) != self._nparams:
            more = 'many' if len(params) > self._nparams else 'few'
            raise TypeError(f'Too {more} arguments for {self}; actual {len(params)}, '
                            f'expected {self._nparams}')
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; use '
                            f'{self.__origin__.__name__}() instead')
        return self.__origin__(*args, **kwargs)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        return issubclass(cls, self.__origin__)


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), 'Tuple', False)
        params = _as_tuple(params)
        if len(params) == 2 and params[1] is ...:
            return _GenericAlias(tuple, (_type_check(params[0]), ...), 'Tuple', False)
        return _GenericAlias(tuple, tuple(_type_check(p) for p in params), 'Tuple', False)


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        arguments, result = params
        if _is_param_expr(arguments):
            args = (arguments, _type_check(result))
        else:
            if not isinstance(arguments, (list, tuple)):
                arguments = [arguments]
            args = tuple(_type_check(a) for a in arguments) + (_type_check(result),)
        return _CallableGenericAlias(self.__origin__, args, 'Callable', True)


# ---- Special forms ---------------------------------------------------------------------------

class _SpecialForm:
    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return f'typing.{self._name}'

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwargs):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f'{self} is not subscriptable')
        return self._getitem(self, parameters)

    def __instancecheck__(self, obj):
        raise TypeError(f'{self} cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        raise TypeError(f'{self} cannot be used with issubclass()')


class _AnyForm(_SpecialForm):
    # A class in CPython 3.11, hence its messages.
    def __call__(self, *args, **kwargs):
        raise TypeError('Any cannot be instantiated')

    def __getitem__(self, parameters):
        raise TypeError("type 'Any' is not subscriptable")


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _NoneType in args:
            other = args[0] if args[1] is _NoneType else args[1]
            return f'typing.Optional[{_type_repr(other)}]'
        return f"typing.Union[{', '.join(_type_repr(a) for a in args)}]"

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def copy_with(self, args):
        return Union[args]

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


def _union_getitem(form, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    args = []
    for p in _as_tuple(parameters):
        p = _type_check(p)
        members = p.__args__ if isinstance(p, (_UnionGenericAlias, _types.UnionType)) else (p,)
        for member in members:
            if member not in args:
                args.append(member)
    if len(args) == 1:
        return args[0]
    return _UnionGenericAlias(form, tuple(args), 'Union')


def _optional_getitem(form, parameters):
    if isinstance(parameters, tuple):
        raise TypeError(f'typing.Optional requires a single type. Got {parameters}.')
    return Union[parameters, None]


class _LiteralGenericAlias(_GenericAlias):
    def __repr__(self):
        return f"typing.Literal[{', '.join(repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


def _literal_getitem(form, parameters):
    args = []
    for p in _as_tuple(parameters):
        if p not in args or any(type(p) is not type(a) for a in args if a == p):
            args.append(p)
    return _LiteralGenericAlias(form, tuple(args), 'Literal')


def _single_getitem(form, parameters):
    if isinstance(parameters, tuple):
        raise TypeError(f'{form} accepts only single type. Got {parameters!r}.')
    return _GenericAlias(form, (_type_check(parameters),), form._name)


Any = _AnyForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
ClassVar = _SpecialForm('ClassVar', _single_getitem)
Final = _SpecialForm('Final', _single_getitem)


def _required_getitem(form, parameters):
    if isinstance(parameters, tuple):
        raise TypeError(f'{form._name} accepts only a single type. Got {parameters!r}.')
    return _GenericAlias(form, (_type_check(parameters),), form._name)


TypeGuard = _SpecialForm('TypeGuard', _single_getitem)
Required = _SpecialForm('Required', _required_getitem)
NotRequired = _SpecialForm('NotRequired', _required_getitem)


def _concatenate_getitem(form, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    parameters = _as_tuple(parameters)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError('The last parameter to Concatenate should be a ParamSpec variable or '
                        'ellipsis.')
    return _GenericAlias(form, tuple(_type_check(p) for p in parameters), 'Concatenate')


Concatenate = _SpecialForm('Concatenate', _concatenate_getitem)


# ---- TypeVar, Generic, NewType -----------------------------------------------------------------

class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = tuple(_type_check(c) for c in constraints)
        self.__bound__ = _type_check(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


AnyStr = TypeVar('AnyStr', bytes, str)
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)


class _ParamSpecPart:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.{self._part}'

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.__origin__ == other.__origin__


class ParamSpecArgs(_ParamSpecPart):
    _part = 'args'


class ParamSpecKwargs(_ParamSpecPart):
    _part = 'kwargs'


class ParamSpec:
    # A callable's parameters as a type parameter: Callable[P, T], Concatenate[int, P].
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        TypeVar.__init__(self, name, bound=bound, covariant=covariant,
                         contravariant=contravariant)
        del self.__constraints__

    __repr__ = TypeVar.__repr__
    __or__ = TypeVar.__or__
    __ror__ = TypeVar.__ror__

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)


class Generic:
    # A class that takes type parameters: class Stack(Generic[T]), then Stack[int].
    def __class_getitem__(cls, params):
        params = tuple(_type_check(p) for p in _as_tuple(params))
        if cls is Generic or cls is Protocol:
            if not params:
                raise TypeError(f'Parameter list to {cls.__qualname__}[...] cannot be empty')
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec)):
                    raise TypeError(f'Parameters to {cls.__name__}[...] must all be type '
                                    'variables or parameter specification variables.')
            if len(set(params)) != len(params):
                raise TypeError(f'Parameters to {cls.__name__}[...] must all be unique')
        else:
            parameters = getattr(cls, '__parameters__', ())
            if not parameters:
                raise TypeError(f'{cls} is not a generic class')
            params = _paramspec_params(parameters, params)
            if len(params) != len(parameters):
                more = 'many' if len(params) > len(parameters) else 'few'
                raise TypeError(f'Too {more} arguments for {cls}; actual '
                                f'{len(params)}, expected {len(parameters)}')
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        parameters = []
        for base in cls.__dict__.get('__orig_bases__', ()):
            for p in getattr(base, '__parameters__', ()):
                if p not in parameters:
                    parameters.append(p)
        cls.__parameters__ = tuple(parameters)


class NewType:
    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        # CPython names the caller's module; a program here is always __main__.
        self.__module__ = '__main__'

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def cast(typ, val):
    return val


def overload(func):
    def _overload_dummy(*args, **kwargs):
        raise NotImplementedError(
            'You should not call an overloaded function. A series of @overload-decorated '
            'functions outside a stub module should always be followed by an implementation '
            'that is not @overload-ed.')
    return _overload_dummy


def final(f):
    return f


def no_type_check(arg):
    return arg


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default, 'field_specifiers': field_specifiers,
            'kwargs': kwargs}
        return cls_or_fn
    return decorator


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f'Expected code to be unreachable, but got: {value}')


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    print(f'Runtime type is {type(obj).__name__!r}', file=__import__('sys').stderr)
    return obj


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, _types.GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _types.UnionType):
        return _types.UnionType
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _types.GenericAlias)):
        args = tp.__args__
        if tp.__origin__ is _Callable and not (len(args) == 2 and _is_param_expr(args[0])):
            return (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, _types.UnionType):
        return tp.__args__
    return ()


def _strip_extras(tp):
    # Required[int] and Annotated[int, ...] are int to get_type_hints (unless include_extras).
    if isinstance(tp, _AnnotatedAlias):
        return _strip_extras(tp.__origin__)
    if isinstance(tp, _GenericAlias) and tp.__origin__ in (Required, NotRequired):
        return _strip_extras(tp.__args__[0])
    return tp


class _AnnotatedAlias(_GenericAlias):
    # Annotated[int, 'meta']: int with metadata; Annotated[Annotated[T, x], y] is flattened.
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def __repr__(self):
        metadata = ', '.join(repr(m) for m in self.__metadata__)
        return f'typing.Annotated[{_type_repr(self.__origin__)}, {metadata}]'

    def copy_with(self, args):
        return _AnnotatedAlias(args[0], self.__metadata__)

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments (a type '
                            'and an annotation).')
        return _AnnotatedAlias(_type_check(params[0]), tuple(params[1:]))


# ---- Protocol --------------------------------------------------------------------------------

_PROTOCOL_INTERNALS = frozenset({
    '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol', '_is_runtime_protocol',
    '__final__', '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
    '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
    '__class_getitem__', '__qualname__', '_abc_registry', '_abc_subclasses'})


def _protocol_attrs(cls):
    # The names a protocol asks for: what its classes define or annotate.
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        names = list(base.__dict__) + list(base.__dict__.get('__annotations__', {}))
        attrs.update(name for name in names if name not in _PROTOCOL_INTERNALS)
    return attrs


def _callable_members_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _protocol_attrs(cls))


def _not_runtime_checkable():
    return TypeError('Instance and class checks can only be used with @runtime_checkable '
                     'protocols')


class _ProtocolMeta(_abc.ABCMeta):
    def __instancecheck__(cls, instance):
        if not cls.__dict__.get('_is_protocol', False):
            return super().__instancecheck__(instance)
        if not cls._is_runtime_protocol:
            raise _not_runtime_checkable()
        if cls in type(instance).__mro__:
            return True
        if all(hasattr(instance, attr) and (not callable(getattr(cls, attr, None)) or
                                            getattr(instance, attr) is not None)
               for attr in _protocol_attrs(cls)):
            return True
        if _callable_members_only(cls):
            return super().__instancecheck__(instance)
        return any(issubclass(type(instance), c) for c in cls._abc_registry)


def _protocol_init(self, *args, **kwargs):
    # A protocol's __init__: protocols are not instantiated; a class implementing one gets the
    # first __init__ of its MRO that is not this one.
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    for base in cls.__mro__:
        init = base.__dict__.get('__init__', _protocol_init)
        if init is not _protocol_init:
            cls.__init__ = init
            break
    cls.__init__(self, *args, **kwargs)


_PROTOCOL_BASES = frozenset({
    'Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable', 'Hashable', 'Sized',
    'Container', 'Collection', 'Reversible', 'Buffer', 'AbstractContextManager',
    'AbstractAsyncContextManager'})


class Protocol(Generic, metaclass=_ProtocolMeta):
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

        def _proto_hook(other):
            if not cls.__dict__.get('_is_protocol', False):
                return NotImplemented
            if not getattr(cls, '_is_runtime_protocol', False):
                raise _not_runtime_checkable()
            if not _callable_members_only(cls):
                raise TypeError("Protocols with non-method members don't support issubclass()")
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            for attr in _protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return NotImplemented
                        break
                    if (attr in base.__dict__.get('__annotations__', {}) and
                            getattr(other, '_is_protocol', False)):
                        break
                else:
                    return NotImplemented
            return True

        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook
        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            if not (base in (object, Generic) or base.__name__ in _PROTOCOL_BASES and
                    base.__module__ in ('collections.abc', 'contextlib') or
                    getattr(base, '_is_protocol', False)):
                raise TypeError(f'Protocols can only inherit from other protocols, got {base!r}')
        if '__init__' not in cls.__dict__:
            cls.__init__ = _protocol_init


def runtime_checkable(cls):
    if not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, '
                        f'got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


def _supports(name, method, generic=False):
    # SupportsInt and the like: a runtime-checkable protocol of one method.
    def method_stub(self):
        pass
    method_stub.__name__ = method
    namespace = {'__module__': 'typing', '__qualname__': name, '__slots__': (),
                 method: method_stub}
    if generic:
        namespace['__orig_bases__'] = (Protocol[T_co],)
    return runtime_checkable(_ProtocolMeta(name, (Protocol,), namespace))


SupportsInt = _supports('SupportsInt', '__int__')
SupportsFloat = _supports('SupportsFloat', '__float__')
SupportsComplex = _supports('SupportsComplex', '__complex__')
SupportsBytes = _supports('SupportsBytes', '__bytes__')
SupportsIndex = _supports('SupportsIndex', '__index__')
SupportsAbs = _supports('SupportsAbs', '__abs__', generic=True)
SupportsRound = _supports('SupportsRound', '__round__', generic=True)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    classes = reversed(obj.__mro__) if isinstance(obj, type) else (obj,)
    for owner in classes:
        annotations = getattr(owner, '__annotations__', None) or {}
        if globalns is None and not isinstance(owner, type):
            # A function's names are its globals (CPython unwraps functools.wraps first).
            while hasattr(owner, '__wrapped__'):
                owner = owner.__wrapped__
            namespace = getattr(owner, '__globals__', {})
        elif globalns is None:
            module = __import__('sys').modules.get(getattr(owner, '__module__', None))
            namespace = vars(module) if module is not None else {}
        else:
            namespace = globalns
        for name, value in annotations.items():
            value = _eval_type(value, namespace, localns)
            hints[name] = value if include_extras else _strip_extras(value)
    return hints


def _eval_type(value, namespace, localns):
    # Forward references evaluated, also inside the arguments of list['Node'] or List['Node'].
    if value is None:
        return _NoneType
    if isinstance(value, ForwardRef):
        value = value.__forward_arg__
    if isinstance(value, str):
        value = _eval_type(eval(value, namespace, localns), namespace, localns)
    if (isinstance(value, (_GenericAlias, _types.GenericAlias)) and
            not isinstance(value, _LiteralGenericAlias)):
        args = tuple(_eval_type(a, namespace, localns) for a in value.__args__)
        if any(a is not b for a, b in zip(args, value.__args__)):
            if isinstance(value, _types.GenericAlias):
                return _types.GenericAlias(value.__origin__, args)
            return value.copy_with(args)
    return value


# ---- The collections -----------------------------------------------------------------------------

class _ContextManagerMeta(type):
    def __instancecheck__(cls, obj):
        return all(hasattr(type(obj), name) for name in cls._methods)


def _context_manager_abc(name, methods):
    return _ContextManagerMeta(name, (), {'_methods': methods, '__module__': 'contextlib',
                                          '__qualname__': name})


_Hashable = _cabc.Hashable
_Awaitable = _cabc.Awaitable
_Coroutine = _cabc.Coroutine
_AsyncIterable = _cabc.AsyncIterable
_AsyncIterator = _cabc.AsyncIterator
_AsyncGenerator = _cabc.AsyncGenerator
_Iterable = _cabc.Iterable
_Iterator = _cabc.Iterator
_Generator = _cabc.Generator
_Sized = _cabc.Sized
_Container = _cabc.Container
_Collection = _cabc.Collection
_Callable = _cabc.Callable
_Sequence = _cabc.Sequence
_MutableSequence = _cabc.MutableSequence
_Mapping = _cabc.Mapping
_MutableMapping = _cabc.MutableMapping
_AbstractSet = _cabc.Set
_MutableSet = _cabc.MutableSet
_ContextManager = _context_manager_abc('AbstractContextManager', ('__enter__', '__exit__'))
_AsyncContextManager = _context_manager_abc('AbstractAsyncContextManager',
                                            ('__aenter__', '__aexit__'))


Hashable = _SpecialGenericAlias(_Hashable, 0, 'Hashable')
Awaitable = _SpecialGenericAlias(_Awaitable, 1, 'Awaitable')
Coroutine = _SpecialGenericAlias(_Coroutine, 3, 'Coroutine')
AsyncIterable = _SpecialGenericAlias(_AsyncIterable, 1, 'AsyncIterable')
AsyncIterator = _SpecialGenericAlias(_AsyncIterator, 1, 'AsyncIterator')
AsyncGenerator = _SpecialGenericAlias(_AsyncGenerator, 2, 'AsyncGenerator')
Iterable = _SpecialGenericAlias(_Iterable, 1, 'Iterable')
Iterator = _SpecialGenericAlias(_Iterator, 1, 'Iterator')
Generator = _SpecialGenericAlias(_Generator, 3, 'Generator')
Sized = _SpecialGenericAlias(_Sized, 0, 'Sized')
Reversible = _SpecialGenericAlias(_cabc.Reversible, 1, 'Reversible')
Container = _SpecialGenericAlias(_Container, 1, 'Container')
Collection = _SpecialGenericAlias(_Collection, 1, 'Collection')
Callable = _CallableType(_Callable, 2, 'Callable')
Sequence = _SpecialGenericAlias(_Sequence, 1, 'Sequence')
MutableSequence = _SpecialGenericAlias(_MutableSequence, 1, 'MutableSequence')
Mapping = _SpecialGenericAlias(_Mapping, 2, 'Mapping')
MutableMapping = _SpecialGenericAlias(_MutableMapping, 2, 'MutableMapping')
AbstractSet = _SpecialGenericAlias(_AbstractSet, 1, 'AbstractSet')
MutableSet = _SpecialGenericAlias(_MutableSet, 1, 'MutableSet')
ContextManager = _SpecialGenericAlias(_ContextManager, 1, 'ContextManager')
AsyncContextManager = _SpecialGenericAlias(_AsyncContextManager, 1, 'AsyncContextManager')
List = _SpecialGenericAlias(list, 1, 'List', inst=False)
Dict = _SpecialGenericAlias(dict, 2, 'Dict', inst=False)
Set = _SpecialGenericAlias(set, 1, 'Set', inst=False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet', inst=False)
Tuple = _TupleType(tuple, -1, 'Tuple', inst=False)
Type = _SpecialGenericAlias(type, 1, 'Type', inst=False)
Deque = _SpecialGenericAlias(_collections.deque, 1, 'Deque')
DefaultDict = _SpecialGenericAlias(_collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(_collections.OrderedDict, 2, 'OrderedDict')
Counter = _SpecialGenericAlias(_collections.Counter, 1, 'Counter')
Text = str


# ---- NamedTuple ----------------------------------------------------------------------------------

_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                         '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__'})


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    types = {n: _type_check(t) for n, t in types}
    nm_tpl = _collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = types
    return nm_tpl


class NamedTupleMeta(type):
    # class Point(NamedTuple): x: int; y: int = 0 -- a collections.namedtuple class.
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        for key in ns:
            if key in _prohibited:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError('Either list of fields or keywords can be provided to NamedTuple, '
                        'not both')
    return _make_nmtuple(typename, fields, module='__main__')


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


# ---- TypedDict -----------------------------------------------------------------------------------

class _TypedDictMeta(type):
    # class Movie(TypedDict): a class whose instances are plain dicts.
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict '
                                'base class')
        generic = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        tp_dict = type.__new__(_TypedDictMeta, name, (*generic, dict), ns)
        own = {n: _type_check(t) for n, t in ns.get('__annotations__', {}).items()}
        annotations, required, optional = {}, set(), set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            base_required = base.__dict__.get('__required_keys__', set())
            base_optional = base.__dict__.get('__optional_keys__', set())
            required = (required | base_required) - base_optional
            optional = (optional - base_required) | base_optional
        annotations.update(own)
        for key, tp in own.items():
            origin = get_origin(tp.__origin__ if isinstance(tp, _AnnotatedAlias) else tp)
            is_required = True if origin is Required else False if origin is NotRequired else total
            (required if is_required else optional).add(key)
            (optional if is_required else required).discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError('TypedDict takes either a dict or keyword arguments, but not both')
    # CPython names the caller's module; a program here is always __main__.
    ns = {'__annotations__': dict(fields), '__module__': '__main__'}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)
