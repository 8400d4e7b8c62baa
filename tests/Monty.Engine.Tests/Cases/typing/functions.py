from typing import Optional, List, Dict, overload, TYPE_CHECKING, no_type_check, final
if TYPE_CHECKING:
    print('never')
def parse(text: str, default: Optional[int] = None) -> Optional[int]:
    return int(text) if text.isdigit() else default
def group(words: List[str]) -> Dict[int, List[str]]:
    out: Dict[int, List[str]] = {}
    for w in words:
        out.setdefault(len(w), []).append(w)
    return out
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2
@final
@no_type_check
def g():
    return 'g'
print(parse('12'), parse('x'), parse('x', 0), group(['a', 'bb', 'cc']), f(2), f('a'), g())
