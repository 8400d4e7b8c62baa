# Dotted import of a missing package
try:
    import foo.bar.baz
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from foo.bar import baz as qux
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
