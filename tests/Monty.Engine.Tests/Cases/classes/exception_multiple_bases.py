class A(ArithmeticError, TypeError): pass
print(A.__mro__, isinstance(A(), TypeError))
try:
    raise A('x')
except TypeError as e:
    print('caught', repr(e))
for bases in [(OSError, ImportError), (KeyError, ValueError), (StopIteration, ValueError), (AttributeError, NameError), (list, ValueError), (ZeroDivisionError, OverflowError)]:
    try:
        C = type('C', bases, {})
        print('ok', C.__mro__)
    except TypeError as e:
        print(bases, e)
