# Multiple except clauses and tuple of types
def f(kind):
    try:
        if kind == 0:
            raise KeyError('a')
        if kind == 1:
            raise TypeError('b')
        if kind == 2:
            raise ValueError('c')
        return 'no error'
    except (KeyError, TypeError) as e:
        return 'tuple caught ' + type(e).__name__
    except ValueError as e:
        return 'value caught ' + str(e)
for k in range(4):
    print(f(k))
