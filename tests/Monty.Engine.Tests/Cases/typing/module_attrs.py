import typing
names = ['Any', 'Optional', 'Union', 'List', 'Dict', 'Tuple', 'Set', 'Callable', 'Iterable', 'Iterator', 'Sequence',
         'Mapping', 'TypeVar', 'Generic', 'Literal', 'Final', 'ClassVar', 'Protocol', 'TypedDict', 'cast', 'overload',
         'TYPE_CHECKING', 'NamedTuple', 'AnyStr', 'NoReturn', 'DefaultDict', 'Counter', 'Deque', 'Type', 'FrozenSet']
print(all(hasattr(typing, n) for n in names), typing.TYPE_CHECKING, typing.Text is str)
