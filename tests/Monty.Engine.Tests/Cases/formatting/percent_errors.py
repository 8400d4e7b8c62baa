# Errors raised by % formatting
tests = [
    lambda: '%d' % 'x',
    lambda: '%s %s' % (1,),
    lambda: '%s' % (1, 2),
    lambda: '%(k)s' % {},
    lambda: '%z' % 1,
]
for t in tests:
    try:
        print(t())
    except (TypeError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
