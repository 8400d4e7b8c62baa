# from-import of a non-existent module raises ModuleNotFoundError
try:
    from foo import bar
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
except ImportError as e:
    print('ImportError', e)
print('continuing')
