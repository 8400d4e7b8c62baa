# ModuleNotFoundError can be caught as ImportError
try:
    import json_missing_xyz
except ImportError as e:
    print(type(e).__name__, e)
