# Builtin type names used as functions
conv = [int, float, str, bool, list, tuple]
for c in conv:
    print(c.__name__, repr(c('1' if c in (int, float) else [1] if c in (list, tuple) else 1)))
print(type(5)(7), type('')('x'), type([])('ab'))
print(type(None).__name__, type(NotImplemented).__name__, type(len).__name__)
