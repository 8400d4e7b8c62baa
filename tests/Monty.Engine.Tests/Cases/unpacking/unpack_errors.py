# Unpacking errors: too many, too few, non-iterable
tests = [lambda: [a for a, b in [(1, 2, 3)]], lambda: [a for a, b in [(1,)]], lambda: [a for a, b in [5]]]
for t in tests:
    try:
        t()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
