from typing import TypeVar, Generic, List, cast, NewType
T = TypeVar('T')
K = TypeVar('K', bound=str)
V_co = TypeVar('V_co', covariant=True)
print(T, K, V_co, List[T])
UserId = NewType('UserId', int)
print(UserId(5), UserId.__name__, cast(List[int], 'not checked'))
