# len() of many types and error cases
print(len(''), len('abc'), len([1, 2]), len((1,)), len({'a': 1}), len({1, 2}), len(b'xy'), len(range(10)))
print(len(frozenset([1])), len('😀'), len({}.keys()))
for bad in [5, None, 1.5, iter([]), (x for x in [])]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
