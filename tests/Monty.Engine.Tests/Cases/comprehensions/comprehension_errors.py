# Exceptions inside comprehensions propagate
try:
    [1 / x for x in [1, 0, 2]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as e:
    print(type(e).__name__, e)
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
