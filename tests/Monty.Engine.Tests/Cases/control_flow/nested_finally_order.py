# Order of nested finally blocks during exception propagation
def f():
    try:
        try:
            print('inner try')
            raise KeyError('k')
        finally:
            print('inner finally')
    except KeyError as e:
        print('caught', repr(e))
    finally:
        print('outer finally')
    return 'end'
print(f())
