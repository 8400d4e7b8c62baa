from typing import Any, Optional, Union, List, Dict, Tuple, Set, Callable, Iterable, Iterator, Sequence, Mapping, TypeVar, Generic, Literal, Final, ClassVar, Protocol, TypedDict, cast, overload, TYPE_CHECKING, NamedTuple
import typing
T = TypeVar('T')
def first(items: List[T]) -> Optional[T]:
    return items[0] if items else None
def apply(f: Callable[[int], str], xs: Iterable[int]) -> Dict[str, int]:
    return {f(x): x for x in xs}
count: int = 3
names: List[str] = ['a']
mode: Literal['r', 'w'] = 'r'
print(first([1, 2]), first([]), apply(str, [1, 2]), count, names, mode)
print(List[int], Dict[str, int], Optional[str], Union[int, str], Tuple[int, ...], Callable[[int, str], None], T, Any, typing.List)
print(cast(int, 'x'), TYPE_CHECKING, List[int] is not None, Literal['a', 1])
@overload
def g(x: int) -> int: ...
def g(x):
    return x
print(g(5), typing.get_type_hints(first) == first.__annotations__ if hasattr(first, '__annotations__') else True)
