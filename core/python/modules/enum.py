# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique and verify (Lib/enum.py of CPython
# 3.11): members made when the class is, in definition order, aliases for repeated values,
# lookup by value (with _missing_) and by name, CPython's reprs, str() and messages. A flag's
# combinations are pseudo-members made on first use; its boundary decides what happens to bits
# no member names. In the library archive (core/python/CMakeLists.txt); its frames are hidden
# from tracebacks.

__all__ = ['EnumMeta', 'EnumType', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'property', 'verify', 'member', 'nonmember', 'FlagBoundary',
           'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr', 'global_enum_repr',
           'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE']

_builtin_property = property
_builtin_bin = bin


class auto:
    # A member's value chosen by _generate_next_value_ (the last int value plus one).
    def __init__(self):
        self.value = _auto_null

    def __repr__(self):
        return 'auto(%r)' % self.value


_auto_null = object()


class nonmember:
    # Keeps a class attribute from becoming a member.
    def __init__(self, value):
        self.value = value


class member:
    # Makes a member of a value that would not be one (a function, say).
    def __init__(self, value):
        self.value = value


def _bits(value):
    # The single bits of a non-negative int, lowest first.
    while value:
        bit = value & -value
        yield bit
        value ^= bit


def show_flag_values(value):
    return list(_bits(value))


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def bin(num, max_bits=None):
    # Two's complement with a sign digit: bin(10) is '0b0 1010', bin(~10) is '0b1 0101'.
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        text = _builtin_bin(num + ceiling).replace('1', '0', 1)
    else:
        text = _builtin_bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = text[:3], text[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return f'{sign} {digits}'


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or
            hasattr(obj, '__delete__'))


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = f'_{cls_name}__'
    return len(name) > len(pattern) and name.startswith(pattern)


class property:
    # Enum's property: through a member it is a property, through the class it finds the member
    # of its name (so members may be called name or value).
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)

    def __get__(self, instance, ownerclass=None):
        if instance is None or self.fget is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError(f'{ownerclass!r} has no attribute {self.name!r}') from None
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError(f'<enum {self.clsname!r}> cannot set attribute {self.name!r}')
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError(f'<enum {self.clsname!r}> cannot delete attribute {self.name!r}')
        self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


def _read_only(fget):
    # Enum's name and value: built-in properties, faster than enum.property, with its messages;
    # a class with a member called name or value gets an enum.property of its own instead.
    def fset(self, value):
        raise AttributeError(f"<enum 'Enum'> cannot set attribute {fget.__name__!r}")

    def fdel(self):
        raise AttributeError(f"<enum 'Enum'> cannot delete attribute {fget.__name__!r}")
    return _builtin_property(fget, fset, fdel)


class _EnumDict(dict):
    # The namespace of an enum class body: it records which names are members.
    def __init__(self, cls_name, generate_next_value):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._cls_name = cls_name
        self._generate_next_value = generate_next_value
        self._auto_called = False
        self._start = 1

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError('_generate_next_value_ must be defined before members')
                self._generate_next_value = value
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        elif isinstance(value, nonmember):
            value = value.value
        elif isinstance(value, member) or not _is_descriptor(value):
            if isinstance(value, member):
                value = value.value
            if key in self:
                raise TypeError(f'{key!r} already defined as {self[key]!r}')
            if isinstance(value, auto):
                if value.value is _auto_null:
                    self._auto_called = True
                    value.value = self._generate_next_value(
                        key, self._start, len(self._member_names), self._last_values[:])
                value = value.value
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


def _generate_next_value(name, start, count, last_values):
    for last_value in reversed(last_values):
        try:
            return last_value + 1
        except TypeError:
            pass
    return start


class EnumType(type):
    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        generate = _generate_next_value
        for base in bases:
            found = getattr(base, '_generate_next_value_', None)
            if found is not None:
                generate = found
                break
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(f'<enum {cls!r}> cannot extend {base!r}')
        return _EnumDict(cls, generate)

    def __new__(metacls, cls, bases, classdict, boundary=None, **kwds):
        member_names = classdict._member_names
        members = {name: dict.__getitem__(classdict, name) for name in member_names}
        namespace = {k: v for k, v in classdict.items() if k not in members}
        member_type = object
        for base in bases:
            for klass in base.__mro__:
                if klass is not object and not isinstance(klass, EnumType):
                    member_type = klass
                    break
            if member_type is not object:
                break
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        # ReprEnum's subclasses (IntEnum, StrEnum) keep the mixed-in type's str() and format().
        repr_enum = globals().get('ReprEnum')
        defined = set(classdict)
        if repr_enum is not None and repr_enum in bases:
            if '__format__' not in defined:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
                defined.add('__format__')
            if '__str__' not in defined:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)
                defined.add('__str__')
        # A mixed-in type's repr, str and format give way to the enum's (IntEnum's repr is
        # <Status.OK: 200>), unless the class body defines its own.
        if bases:
            first_enum = bases[-1]
            for name in ('__repr__', '__str__', '__format__'):
                if name not in defined:
                    found = getattr(enum_class, name)
                    if found is getattr(member_type, name) or found is getattr(object, name):
                        type.__setattr__(enum_class, name, getattr(first_enum, name))
        type.__setattr__(enum_class, '_member_names_', [])
        type.__setattr__(enum_class, '_member_map_', {})
        type.__setattr__(enum_class, '_value2member_map_', {})
        type.__setattr__(enum_class, '_member_type_', member_type)
        flag = globals().get('Flag')
        is_flag = issubclass(enum_class, flag) if flag else cls == 'Flag'
        if is_flag:
            type.__setattr__(enum_class, '_boundary_',
                             boundary or getattr(enum_class, '_boundary_', None))
            flag_mask = singles_mask = 0
        for name, value in members.items():
            args = value if isinstance(value, tuple) else (value,)
            if member_type is object:
                member = object.__new__(enum_class)
            else:
                member = member_type.__new__(enum_class, *args)
            member._name_ = name
            member._value_ = value
            member._sort_order_ = len(enum_class._member_names_)
            member.__init__(*args)
            canonical = None
            for existing in enum_class._member_map_.values():
                if existing._value_ == value:
                    canonical = existing
                    break
            if is_flag:
                flag_mask |= value
                if _is_single_bit(value):
                    singles_mask |= value
            if canonical is None:
                if not is_flag or _is_single_bit(value):
                    enum_class._member_names_.append(name)
                canonical = member
                try:
                    enum_class._value2member_map_.setdefault(value, member)
                except TypeError:
                    pass
            enum_class._member_map_[name] = canonical
            # A member named like a property of a base (name, value) is found through the
            # class by the property (see Enum.name).
            owner = next((base for base in enum_class.__mro__[1:] if isinstance(
                base.__dict__.get(name), (property, _builtin_property))), None)
            if owner is None:
                type.__setattr__(enum_class, name, canonical)
            elif not isinstance(owner.__dict__[name], property):
                redirect = property(owner.__dict__[name].fget)
                redirect.__set_name__(enum_class, name)
                type.__setattr__(enum_class, name, redirect)
        if is_flag:
            # int's operators come before Flag's in IntFlag's MRO.
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                         '__invert__'):
                if flag and name not in defined:
                    type.__setattr__(enum_class, name, getattr(flag, name))
            type.__setattr__(enum_class, '_flag_mask_', flag_mask)
            type.__setattr__(enum_class, '_singles_mask_', singles_mask)
            type.__setattr__(enum_class, '_all_bits_', 2 ** flag_mask.bit_length() - 1)
            values = [m._value_ for m in enum_class]
            type.__setattr__(enum_class, '_iter_by_definition_', values != sorted(values))
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is None:
            return cls._lookup(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        # The functional form: Enum('Color', 'RED GREEN BLUE'), or names as a list of names, of
        # (name, value) pairs, or a mapping.
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            names = [(name, auto()) for name in names]
            classdict._start = start
        items = names.items() if hasattr(names, 'items') else names
        for name, value in items:
            classdict[name] = value
        classdict['__module__'] = module if module is not None else '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict)

    def _lookup(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls) or (isinstance(result, int) and
                                        getattr(cls, '_boundary_', None) is EJECT):
            return result
        error = ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        if result is None:
            raise error
        raise TypeError(f'error in {cls.__name__}._missing_: returned {result!r} instead of '
                        f'None or a valid member')

    def __getattr__(cls, name):
        # Only reached when the class has no such attribute: members shadowed by a property of
        # that name (name, value) are found here.
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls.__dict__['_member_map_'][name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(f"unsupported operand type(s) for 'in': "
                            f"'{type(member).__qualname__}' and '{cls.__class__.__qualname__}'")
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __bool__(cls):
        return True

    def __repr__(cls):
        if 'Flag' in globals() and issubclass(cls, Flag):
            return f'<flag {cls.__name__!r}>'
        return f'<enum {cls.__name__!r}>'

    @_builtin_property
    def __members__(cls):
        import types
        return types.MappingProxyType(cls._member_map_)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot delete member {name!r}')
        super().__delattr__(name)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return f'<{type(self).__qualname__}.{self._name_}: {self._value_!r}>'

    def __str__(self):
        return f'{type(self).__qualname__}.{self._name_}'

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @_read_only
    def name(self):
        return self._name_

    @_read_only
    def value(self):
        return self._value_


class ReprEnum(Enum):
    # Only the repr is the enum's: str() and format() are the mixed-in type's (IntEnum, StrEnum).
    pass


class IntEnum(int, ReprEnum):
    pass


class StrEnum(str, ReprEnum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        alias_details = ', '.join(f'{alias} -> {name}' for alias, name in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {alias_details}')
    return enumeration


class FlagBoundary(StrEnum):
    # What a flag does with bits no member names: raise (Flag's default), drop them, give a
    # plain int, or keep them in the pseudo-member (IntFlag's default).
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError(f'invalid flag value {last_value!r}') from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        flag_mask, singles_mask, all_bits = cls._flag_mask_, cls._singles_mask_, cls._all_bits_
        boundary = cls._boundary_
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(f'{cls!r} invalid value {value!r}\n    given '
                                 f'{bin(value, max_bits)}\n  allowed {bin(flag_mask, max_bits)}')
            if boundary is CONFORM:
                value &= flag_mask
            elif boundary is EJECT:
                return value
            elif value < 0:
                value += max(all_bits + 1, 2 ** value.bit_length())
        negative = None
        if value < 0:
            negative = value
            value += all_bits + 1
        unknown = value & ~flag_mask
        if unknown and boundary is not KEEP:
            raise ValueError(f'{cls.__name__}({value!r}) -->  unknown values {unknown!r} '
                             f'[{bin(unknown)}]')
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        pseudo_member._value_ = value
        members = cls._iter_member_(value & singles_mask)
        if value & ~singles_mask:
            # Multi-bit members whose bits are all in value name them too.
            members += [m for m in cls._member_map_.values() if m not in members and
                        m._value_ and m._value_ & value == m._value_]
        combined = 0
        for m in members:
            combined |= m._value_
        unknown = value ^ combined
        name = '|'.join(m._name_ for m in members)
        if not combined:
            name = None
        elif unknown and boundary is STRICT:
            raise ValueError(f'{cls!r}: no members with value {unknown!r}')
        elif unknown:
            name += f'|{unknown!r}'
        pseudo_member._name_ = name
        pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
        if negative is not None:
            cls._value2member_map_[negative] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError(f"unsupported operand type(s) for 'in': "
                            f"{type(other).__qualname__!r} and {type(self).__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    @classmethod
    def _iter_member_(cls, value):
        # The members of value's bits, as CPython finds them: a bit that only a multi-bit member
        # has gives the pseudo-member made for it, or None if there is none yet.
        members = [cls._value2member_map_.get(bit) for bit in _bits(value & cls._flag_mask_)]
        if cls._iter_by_definition_:
            members.sort(key=lambda m: m._sort_order_)
        return members

    def __iter__(self):
        return iter(self._iter_member_(self._value_))

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        if self._name_ is None:
            return f'<{type(self).__name__}: {self._value_!r}>'
        return f'<{type(self).__name__}.{self._name_}: {self._value_!r}>'

    def __str__(self):
        if self._name_ is None:
            return f'{type(self).__name__}({self._value_!r})'
        return f'{type(self).__name__}.{self._name_}'

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        other = self._other_value(other)
        return NotImplemented if other is None else type(self)(self._value_ | other)

    def __and__(self, other):
        other = self._other_value(other)
        return NotImplemented if other is None else type(self)(self._value_ & other)

    def __xor__(self, other):
        other = self._other_value(other)
        return NotImplemented if other is None else type(self)(self._value_ ^ other)

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return type(self)(~self._value_)
        return type(self)(self._singles_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    pass


def global_enum_repr(self):
    return f"{type(self).__module__.split('.')[-1]}.{self._name_}"


def global_flag_repr(self):
    module = type(self).__module__.split('.')[-1]
    if self._name_ is None:
        return f'{module}.{type(self).__name__}({self._value_!r})'
    # The member itself, as CPython 3.11 passes it: a Flag's member then fails in `num - 1`.
    if _is_single_bit(self):
        return f'{module}.{self._name_}'
    return '|'.join(name if self._boundary_ is KEEP and name[0].isdigit() else f'{module}.{name}'
                    for name in self._name_.split('|'))


def global_str(self):
    if self._name_ is None:
        return f'{type(self).__name__}({self._value_!r})'
    return self._name_


def global_enum(cls, update_str=False):
    # The members become globals of the enum's module, and their reprs name the module.
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    __import__('sys').modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


class EnumCheck(StrEnum):
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    # @verify(UNIQUE, CONTINUOUS, NAMED_FLAGS): check an enumeration when it is made.
    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        name = enumeration.__name__
        if issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                aliases = ', '.join(f'{alias} -> {m.name}' for alias, m in
                                    enumeration.__members__.items() if alias != m.name)
                if aliases:
                    raise ValueError(f'aliases found in {enumeration!r}: {aliases}')
            elif check is CONTINUOUS:
                values = {m.value for m in enumeration}
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if kind == 'flag':
                    expected = (2 ** i for i in range(low.bit_length(), high.bit_length() - 1))
                else:
                    expected = range(low + 1, high)
                missing = ', '.join(str(v) for v in expected if v not in values)
                if missing:
                    raise ValueError(f'invalid {kind} {name!r}: missing values {missing}'[:256])
            elif check is NAMED_FLAGS:
                values = [m.value for m in enumeration]
                missing_names, missing_value = [], 0
                for alias, m in enumeration._member_map_.items():
                    if alias in enumeration._member_names_ or m.value < 0:
                        continue
                    missed = [v for v in _bits(m.value) if v not in values]
                    if missed:
                        missing_names.append(alias)
                        for v in missed:
                            missing_value |= v
                if missing_names:
                    if len(missing_names) == 1:
                        aliases = f'alias {missing_names[0]} is missing'
                    else:
                        aliases = (f"aliases {', '.join(missing_names[:-1])} and "
                                   f'{missing_names[-1]} are missing')
                    if _is_single_bit(missing_value):
                        value = f'value {missing_value:#x}'
                    else:
                        value = f'combined values of {missing_value:#x}'
                    raise ValueError(f'invalid Flag {name!r}: {aliases} {value} '
                                     f'[use enum.show_flag_values(value) for details]')
        return enumeration
