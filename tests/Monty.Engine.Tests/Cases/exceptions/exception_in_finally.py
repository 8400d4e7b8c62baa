# An exception raised in finally replaces the original
try:
    try:
        raise KeyError('first')
    finally:
        raise ValueError('second')
except Exception as e:
    print(repr(e), repr(e.__context__))
