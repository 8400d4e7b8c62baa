"""Data classes: @dataclass reads the class's annotations and adds __init__, __repr__, __eq__,
ordering, hashing and frozen-ness, as CPython 3.11 does. Generated methods are closures over
the field list (no exec), with CPython's error messages."""


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class FrozenInstanceError(AttributeError):
    pass


class _KwOnlyType:
    def __repr__(self):
        return 'KW_ONLY'


KW_ONLY = _KwOnlyType()


class InitVar:
    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return 'dataclasses.InitVar[' + name + ']'

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELD = 'field'
_FIELD_CLASSVAR = 'classvar'
_FIELD_INITVAR = 'initvar'


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field(name=' + repr(self.name) + ',type=' + repr(self.type) + ',default=' + repr(self.default)
                + ',default_factory=' + repr(self.default_factory) + ',init=' + repr(self.init)
                + ',repr=' + repr(self.repr) + ',hash=' + repr(self.hash) + ',compare=' + repr(self.compare)
                + ',metadata=' + repr(self.metadata) + ',kw_only=' + repr(self.kw_only)
                + ',_field_type=' + str(self._field_type) + ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen


def _annotation_kind(annotation):
    if annotation is InitVar or isinstance(annotation, InitVar):
        return _FIELD_INITVAR
    if isinstance(annotation, str):
        for prefix in ('ClassVar', 'typing.ClassVar'):
            if annotation == prefix or annotation.startswith(prefix + '['):
                return _FIELD_CLASSVAR
        for prefix in ('InitVar', 'dataclasses.InitVar'):
            if annotation == prefix or annotation.startswith(prefix + '['):
                return _FIELD_INITVAR
        return _FIELD
    text = repr(annotation)
    if text == 'typing.ClassVar' or text.startswith('typing.ClassVar['):
        return _FIELD_CLASSVAR
    return _FIELD


def _get_field(cls, name, annotation, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _annotation_kind(annotation)
    if f._field_type == _FIELD:
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.default_factory is not MISSING:
            raise TypeError('field ' + name + ' cannot have a default factory')
        f.kw_only = False
    if f._field_type == _FIELD and isinstance(f.default, (list, dict, set)):
        raise ValueError('mutable default ' + str(type(f.default)) + ' for field ' + name
                         + ' is not allowed: use default_factory')
    return f


def _set_qualname(cls, fn, name):
    fn.__qualname__ = cls.__qualname__ + '.' + name
    fn.__name__ = name
    return fn


def _names_list(names):
    quoted = ["'" + n + "'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _make_init(cls, fields, frozen, has_post_init):
    qual = cls.__qualname__ + '.__init__()'
    init_fields = [f for f in fields if f.init or f._field_type == _FIELD_INITVAR]
    positional = [f for f in init_fields if not f.kw_only]
    keyword_only = [f for f in init_fields if f.kw_only]
    seen_default = False
    for f in positional:
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if has_default:
            seen_default = True
        elif seen_default:
            raise TypeError('non-default argument ' + repr(f.name) + ' follows default argument')
    init_names = [f.name for f in init_fields]

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            given = len(args) + 1
            takes = len(positional) + 1
            least = 1 + len([f for f in positional if f.default is MISSING and f.default_factory is MISSING])
            text = str(takes) if least == takes else 'from ' + str(least) + ' to ' + str(takes)
            raise TypeError(qual + ' takes ' + text + ' positional argument' + ('' if takes == 1 else 's')
                            + ' but ' + str(given) + (' was' if given == 1 else ' were') + ' given')
        values = {}
        for f, value in zip(positional, args):
            values[f.name] = value
        for key, value in kwargs.items():
            if key not in init_names:
                raise TypeError(qual + " got an unexpected keyword argument '" + key + "'")
            if key in values:
                raise TypeError(qual + " got multiple values for argument '" + key + "'")
            values[key] = value
        missing = [f.name for f in positional
                   if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError(qual + ' missing ' + str(len(missing)) + ' required positional argument'
                            + ('' if len(missing) == 1 else 's') + ': ' + _names_list(missing))
        missing = [f.name for f in keyword_only
                   if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
        if missing:
            raise TypeError(qual + ' missing ' + str(len(missing)) + ' required keyword-only argument'
                            + ('' if len(missing) == 1 else 's') + ': ' + _names_list(missing))
        initvars = []
        for f in fields:
            if f._field_type == _FIELD_INITVAR:
                initvars.append(values[f.name] if f.name in values else f.default)
                continue
            if f.init and f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING:
                if f.init:
                    value = f.default
                else:
                    value = f.default
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            self.__post_init__(*initvars)

    return _set_qualname(cls, __init__, '__init__')


def _field_values(obj, fields):
    return tuple([getattr(obj, f.name) for f in fields])


def _make_repr(cls, fields):
    shown = [f for f in fields if f.repr]
    active = []

    def __repr__(self):
        key = id(self)
        if key in active:
            return '...'
        active.append(key)
        try:
            parts = [f.name + '=' + repr(getattr(self, f.name)) for f in shown]
        finally:
            active.remove(key)
        return type(self).__qualname__ + '(' + ', '.join(parts) + ')'

    return _set_qualname(cls, __repr__, '__repr__')


def _make_eq(cls, fields):
    compared = [f for f in fields if f.compare]

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _field_values(self, compared) == _field_values(other, compared)
        return NotImplemented

    return _set_qualname(cls, __eq__, '__eq__')


def _make_order(cls, fields, name):
    compared = [f for f in fields if f.compare]

    def compare(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        a = _field_values(self, compared)
        b = _field_values(other, compared)
        if name == '__lt__':
            return a < b
        if name == '__le__':
            return a <= b
        if name == '__gt__':
            return a > b
        return a >= b

    return _set_qualname(cls, compare, name)


def _make_hash(cls, fields):
    hashed = [f for f in fields if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(_field_values(self, hashed))

    return _set_qualname(cls, __hash__, '__hash__')


def _make_frozen(cls, fields):
    names = [f.name for f in fields]

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot assign to field ' + repr(name))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot delete field ' + repr(name))
        super(cls, self).__delattr__(name)

    return _set_qualname(cls, __setattr__, '__setattr__'), _set_qualname(cls, __delattr__, '__delattr__')


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    if slots:
        raise NotImplementedError('dataclass(slots=True) is not supported by Monty')
    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for base in reversed(cls.__mro__[1:]):
        base_fields = base.__dict__.get('__dataclass_fields__')
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if base.__dataclass_params__.frozen:
                any_frozen_base = True
    annotations = cls.__dict__.get('__annotations__', {})
    own = []
    default_kw_only = kw_only
    for name, annotation in annotations.items():
        if annotation is KW_ONLY or annotation == 'KW_ONLY' or annotation == 'dataclasses.KW_ONLY':
            default_kw_only = True
            continue
        own.append(_get_field(cls, name, annotation, default_kw_only))
    for f in own:
        fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(repr(name) + ' is a field but has no type annotation')
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    all_fields = list(fields.values())
    real_fields = [f for f in all_fields if f._field_type == _FIELD]
    if init:
        has_post_init = hasattr(cls, '__post_init__')
        cls.__init__ = _make_init(cls, [f for f in all_fields if f._field_type != _FIELD_CLASSVAR], frozen, has_post_init)
    if repr:
        cls.__repr__ = _make_repr(cls, real_fields)
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))
    if eq:
        if '__eq__' not in cls.__dict__:
            cls.__eq__ = _make_eq(cls, real_fields)
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for name in ('__lt__', '__le__', '__gt__', '__ge__'):
            if name in cls.__dict__:
                raise TypeError('Cannot overwrite attribute ' + name + ' in class ' + cls.__name__
                                + '. Consider using functools.total_ordering')
            setattr(cls, name, _make_order(cls, real_fields, name))
    if frozen:
        for name in ('__setattr__', '__delattr__'):
            if name in cls.__dict__:
                raise TypeError('Cannot overwrite attribute ' + name + ' in class ' + cls.__name__)
        cls.__setattr__, cls.__delattr__ = _make_frozen(cls, real_fields)
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class ' + cls.__name__)
        cls.__hash__ = _make_hash(cls, real_fields)
    elif not has_explicit_hash:
        if eq and frozen:
            cls.__hash__ = _make_hash(cls, real_fields)
        elif eq:
            cls.__hash__ = None
    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple([f.name for f in real_fields if f.init and not f.kw_only])
    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + '(' + ', '.join([f.name for f in real_fields]) + ')'
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)

    if cls is None:
        return wrap
    return wrap(cls)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def fields(class_or_instance):
    try:
        found = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple([f for f in found.values() if f._field_type == _FIELD])


def _is_dataclass_instance(obj):
    return not isinstance(obj, type) and hasattr(type(obj), '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return obj


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return obj


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in obj.__dataclass_fields__.values():
        if f._field_type == _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field ' + f.name + ' is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type == _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar '" + f.name + "' must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
