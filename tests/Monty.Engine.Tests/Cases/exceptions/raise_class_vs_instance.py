# Raising an exception class instantiates it
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, repr(str(e)))
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise IndexError('idx') from 3
except TypeError as e:
    print(type(e).__name__, e)
