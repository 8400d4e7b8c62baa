from functools import lru_cache
calls = []
@lru_cache(maxsize=None)
def add(a, b=0):
    calls.append((a, b))
    return a + b
print(add(1), add(1), add(1, 2), add(1, b=2), add(a=1, b=2), add(1.0), len(calls), add.cache_info())
@lru_cache(maxsize=0)
def z(x):
    return x
print(z(1), z(1), z.cache_info(), add.cache_parameters())
@lru_cache(typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t.cache_info().currsize)
try:
    lru_cache('x')
except TypeError as e:
    print('TypeError', e)
