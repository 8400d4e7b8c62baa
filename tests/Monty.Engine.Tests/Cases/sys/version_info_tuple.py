import sys, functools, datetime
v = sys.version_info
print(v >= (3, 8), v[:2], len(v), list(v)[:2], isinstance(v, tuple), v.major, v.minor, type(v))
major, minor, *_ = v
print(major, minor, tuple(v)[:3] == (3, 11, 7) or tuple(v)[:2] == (3, 11))
@functools.lru_cache(maxsize=4)
def f(x):
    return x
f(1); f(1); f(2)
ci = f.cache_info()
print(ci, ci.hits, ci[1], ci == (1, 2, 4, 2), type(ci), isinstance(ci, tuple), ci._fields)
iso = datetime.date(2024, 1, 1).isocalendar()
print(iso, iso.week, tuple(iso), type(iso))
try:
    ci.hits = 3
except AttributeError as e:
    print('AttributeError')
