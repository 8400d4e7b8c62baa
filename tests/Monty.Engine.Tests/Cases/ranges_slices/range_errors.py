# range argument errors
for args in [(1.5,), ('a',), (1, 2, 3, 4), ()]:
    try:
        range(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    range(5).index(9)
except ValueError as e:
    print(type(e).__name__, e)
