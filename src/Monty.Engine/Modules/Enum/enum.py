"""Enumerations: Enum, IntEnum, StrEnum, auto and unique. The EnumType metaclass turns the
class body's plain values into singleton members and makes the class iterable, sized and
indexable by name; calling the class looks a member up by value."""


class auto:
    """A placeholder replaced by _generate_next_value_ when the enum class is created."""

    def __repr__(self):
        return 'auto()'


def _is_dunder(name):
    return len(name) > 4 and name[:2] == '__' and name[-2:] == '__'


def _is_sunder(name):
    return len(name) > 2 and name[0] == '_' and name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_member_value(value):
    if isinstance(value, (property, classmethod, staticmethod, type)):
        return False
    return isinstance(value, auto) or not callable(value)


class EnumType(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError(repr(base).replace(base.__name__, name, 1) + ' cannot extend ' + repr(base))
        members = []
        classdict = {}
        for key, value in namespace.items():
            if _is_dunder(key) or _is_sunder(key) or key.startswith('_' + name + '__') or not _is_member_value(value):
                classdict[key] = value
            else:
                members.append((key, value))
        cls = super().__new__(mcls, name, bases, classdict, **kwargs)
        setattr(cls, '_member_names_', [])
        setattr(cls, '_member_map_', {})
        setattr(cls, '_value2member_map_', {})
        custom_init = classdict.get('__init__')
        last_values = []
        for key, value in members:
            if isinstance(value, auto):
                value = cls._generate_next_value_(key, 1, len(last_values), last_values[:])
            member = cls._new_member_(value)
            if custom_init is not None:
                custom_init(member, *(value if isinstance(value, tuple) else (value,)))
            if not hasattr(member, '_value_'):
                member._value_ = value
            canonical = cls._find_value_(member._value_)
            if canonical is not None:
                cls._member_map_[key] = canonical
            else:
                member._name_ = key
                cls._member_names_.append(key)
                cls._member_map_[key] = member
                try:
                    cls._value2member_map_[member._value_] = member
                except TypeError:
                    pass
                canonical = member
            last_values.append(value)
            setattr(cls, key, canonical)
        return cls

    def _find_value_(cls, value):
        try:
            return cls._value2member_map_.get(value)
        except TypeError:
            for name in cls._member_names_:
                member = cls._member_map_[name]
                if member._value_ == value:
                    return member
            return None

    def __call__(cls, value, names=None, **kwargs):
        if names is not None or kwargs:
            raise NotImplementedError('the functional Enum API is not supported by Monty')
        if isinstance(value, cls):
            return value
        found = cls._find_value_(value)
        if found is None:
            for name in cls._member_names_:
                member = cls._member_map_[name]
                if member._value_ == value:
                    found = member
                    break
        if found is None:
            found = cls._missing_(value)
            if found is None:
                raise ValueError(repr(value) + ' is not a valid ' + cls.__qualname__)
        return found

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[name] for name in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        raise TypeError("unsupported operand type(s) for 'in': '" + type(value).__qualname__ + "' and '" + type(cls).__qualname__ + "'")

    def __bool__(cls):
        return True

    def __repr__(cls):
        return "<enum '" + cls.__name__ + "'>"

    @property
    def __members__(cls):
        return dict(cls._member_map_)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    @classmethod
    def _new_member_(cls, value):
        return object.__new__(cls)

    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return '<' + type(self).__name__ + '.' + self._name_ + ': ' + repr(self._value_) + '>'

    def __str__(self):
        return type(self).__name__ + '.' + self._name_

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)


class ReprEnum(Enum):
    """Members keep Enum's repr but their value's str and format (IntEnum, StrEnum)."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


def _value_of(other):
    return other._value_ if isinstance(other, Enum) else other


class IntEnum(ReprEnum):
    """Members compare, hash and compute as their int values (Monty does not make them int
    instances: isinstance(member, int) is False)."""

    def __eq__(self, other):
        return self._value_ == _value_of(other)

    def __ne__(self, other):
        return self._value_ != _value_of(other)

    def __lt__(self, other):
        return self._value_ < _value_of(other)

    def __le__(self, other):
        return self._value_ <= _value_of(other)

    def __gt__(self, other):
        return self._value_ > _value_of(other)

    def __ge__(self, other):
        return self._value_ >= _value_of(other)

    def __hash__(self):
        return hash(self._value_)

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __float__(self):
        return float(self._value_)

    def __bool__(self):
        return self._value_ != 0

    def __add__(self, other):
        return self._value_ + _value_of(other)

    def __radd__(self, other):
        return _value_of(other) + self._value_

    def __sub__(self, other):
        return self._value_ - _value_of(other)

    def __rsub__(self, other):
        return _value_of(other) - self._value_

    def __mul__(self, other):
        return self._value_ * _value_of(other)

    def __rmul__(self, other):
        return _value_of(other) * self._value_

    def __floordiv__(self, other):
        return self._value_ // _value_of(other)

    def __truediv__(self, other):
        return self._value_ / _value_of(other)

    def __mod__(self, other):
        return self._value_ % _value_of(other)

    def __and__(self, other):
        return self._value_ & _value_of(other)

    def __or__(self, other):
        return self._value_ | _value_of(other)

    def __neg__(self):
        return -self._value_

    def __abs__(self):
        return abs(self._value_)


class StrEnum(ReprEnum):
    """Members compare and hash as their str values."""

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __eq__(self, other):
        return self._value_ == _value_of(other)

    def __ne__(self, other):
        return self._value_ != _value_of(other)

    def __hash__(self):
        return hash(self._value_)


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append(name + ' -> ' + member.name)
    if duplicates:
        raise ValueError('duplicate values found in ' + repr(enumeration) + ': ' + ', '.join(duplicates))
    return enumeration
