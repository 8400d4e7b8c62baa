# args, str() and repr() of exceptions with 0, 1, 2 args
for e in [ValueError(), ValueError('msg'), ValueError('a', 2), KeyError('k'), KeyError(), IndexError(5), Exception(None)]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
try:
    {}['missing']
except KeyError as e:
    print(str(e), repr(e), e.args)
