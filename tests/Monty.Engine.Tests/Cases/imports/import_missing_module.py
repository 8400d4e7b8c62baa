# Importing a non-existent module raises ModuleNotFoundError
try:
    import json_missing_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
    print(isinstance(e, ImportError))
