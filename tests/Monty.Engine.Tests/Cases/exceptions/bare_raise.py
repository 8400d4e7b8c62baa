# Bare raise re-raises the current exception
def f():
    try:
        raise ValueError('original')
    except ValueError:
        print('logging and re-raising')
        raise
try:
    f()
except ValueError as e:
    print('outer got', repr(e))
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
