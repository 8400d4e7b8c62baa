from typing import List, Dict, Tuple, Set, Optional, Union, Callable, Any, Iterable, Sequence, Mapping, Literal, Final, ClassVar
import typing
print(List, List[int], Dict[str, List[int]], Tuple[int, str], Tuple[int, ...], Set[bytes], Optional[int], Union[int, str, float])
print(Callable[..., int], Callable[[], None], Iterable[str], Sequence[Any], Mapping[str, Any], Final[int], ClassVar[int], Literal['x'])
print(typing.Any, typing.Iterator[int], typing.Generator[int, None, None])
