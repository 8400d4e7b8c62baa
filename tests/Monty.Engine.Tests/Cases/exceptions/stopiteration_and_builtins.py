# Common builtin exceptions and their messages
cases = [
    lambda: next(iter([])),
    lambda: [1].pop(5),
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: [1, 2].index(3),
    lambda: (1,).index(2),
    lambda: [].remove(1),
    lambda: set().pop(),
    lambda: {1}.remove(2),
    lambda: 'abc'.index('z'),
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__, repr(str(e)))
