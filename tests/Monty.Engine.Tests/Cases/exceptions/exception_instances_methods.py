# Exceptions are values: isinstance, equality, with_traceback-free usage
errs = [ValueError('v'), KeyError('k'), ZeroDivisionError('z')]
print([isinstance(e, Exception) for e in errs])
print([isinstance(e, LookupError) for e in errs])
print([type(e).__name__ for e in errs])
e = ValueError('x', 'y')
print(e.args[1], len(e.args))
caught = []
for err in errs:
    try:
        raise err
    except Exception as ex:
        caught.append(ex is err)
print(caught)
