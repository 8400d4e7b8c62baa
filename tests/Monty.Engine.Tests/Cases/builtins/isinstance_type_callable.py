# isinstance, type, callable
vals = [1, 1.0, 'a', b'a', True, None, [1], (1,), {1: 1}, {1}, frozenset(), range(1), len, lambda: 0]
for v in vals:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)), callable(v))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, (int, float))))
print(type(1) == int, type(True) is bool, type('') is str, type(int) is type)
print(isinstance(ValueError('x'), Exception), isinstance(KeyError(), LookupError))
try:
    isinstance(1, 'int')
except TypeError as e:
    print(type(e).__name__, e)
