"""typing: every commonly imported name exists, subscripts and prints like CPython's, and
annotations using it are accepted. Nothing is checked at run time. Subclassing Generic,
Protocol, NamedTuple or TypedDict waits for class support."""

TYPE_CHECKING = False

Any = _form('typing.Any')
NoReturn = _form('typing.NoReturn')
Never = _form('typing.Never')
Self = _form('typing.Self')
LiteralString = _form('typing.LiteralString')
Union = _form('typing.Union')
Optional = _form('typing.Optional')
Literal = _form('typing.Literal')
Final = _form('typing.Final')
ClassVar = _form('typing.ClassVar')
Annotated = _form('typing.Annotated')
TypeAlias = _form('typing.TypeAlias')
TypeGuard = _form('typing.TypeGuard')
Concatenate = _form('typing.Concatenate')
Generic = _form('typing.Generic')
Protocol = _form('typing.Protocol')
List = _form('typing.List')
Dict = _form('typing.Dict')
Tuple = _form('typing.Tuple')
Set = _form('typing.Set')
FrozenSet = _form('typing.FrozenSet')
Type = _form('typing.Type')
Callable = _form('typing.Callable')
Iterable = _form('typing.Iterable')
Iterator = _form('typing.Iterator')
Generator = _form('typing.Generator')
Sequence = _form('typing.Sequence')
MutableSequence = _form('typing.MutableSequence')
Mapping = _form('typing.Mapping')
MutableMapping = _form('typing.MutableMapping')
AbstractSet = _form('typing.AbstractSet')
MutableSet = _form('typing.MutableSet')
Collection = _form('typing.Collection')
Container = _form('typing.Container')
Hashable = _form('typing.Hashable')
Sized = _form('typing.Sized')
Reversible = _form('typing.Reversible')
Awaitable = _form('typing.Awaitable')
Coroutine = _form('typing.Coroutine')
AsyncIterator = _form('typing.AsyncIterator')
AsyncIterable = _form('typing.AsyncIterable')
AsyncGenerator = _form('typing.AsyncGenerator')
DefaultDict = _form('typing.DefaultDict')
OrderedDict = _form('typing.OrderedDict')
Counter = _form('typing.Counter')
Deque = _form('typing.Deque')
ChainMap = _form('typing.ChainMap')
Pattern = _form('typing.Pattern')
Match = _form('typing.Match')
AnyStr = _form('~AnyStr')
Text = str
SupportsInt = _form('typing.SupportsInt')
SupportsFloat = _form('typing.SupportsFloat')
SupportsIndex = _form('typing.SupportsIndex')
SupportsAbs = _form('typing.SupportsAbs')
NamedTuple = _form('typing.NamedTuple')
TypedDict = _form('typing.TypedDict')


def TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False):
    if type(name) is not str:
        raise TypeError('TypeVar name must be a string')
    prefix = '+' if covariant else '-' if contravariant else '~'
    return _form(prefix + name)


def ParamSpec(name, *, bound=None, covariant=False, contravariant=False):
    return _form('~' + name)


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def runtime_checkable(cls):
    return cls


def assert_never(arg):
    raise AssertionError('Expected code to be unreachable, but got: ' + repr(arg))


def assert_type(val, typ):
    return val


def reveal_type(obj):
    return obj


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    return dict(getattr(obj, '__annotations__', {}))
