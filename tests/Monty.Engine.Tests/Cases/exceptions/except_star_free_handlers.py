# Handlers are tried in order; first match wins
try:
    raise KeyError('x')
except LookupError:
    print('LookupError handler first')
except KeyError:
    print('not reached')
try:
    raise IndexError('y')
except (ValueError, IndexError):
    print('tuple handler')
try:
    try:
        raise ValueError('unmatched')
    except TypeError:
        print('no')
except ValueError as e:
    print('outer', e)
