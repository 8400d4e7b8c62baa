# Import inside a function fails when the function is called
def load():
    import json_missing_xyz
    return json_missing_xyz
print('defined load')
try:
    load()
except ModuleNotFoundError as e:
    print('call failed:', e)
