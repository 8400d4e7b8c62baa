# Explicit chaining with raise ... from ...
try:
    try:
        int('x')
    except ValueError as inner:
        raise RuntimeError('wrapped') from inner
except RuntimeError as e:
    print(repr(e))
    print(repr(e.__cause__), type(e.__cause__).__name__)
    print(e.__context__ is e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('k') from None
except KeyError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
