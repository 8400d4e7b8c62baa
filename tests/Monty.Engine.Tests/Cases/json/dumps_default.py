import json
def encode_set(o):
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    if isinstance(o, bytes):
        return o.decode()
    raise TypeError(f'Object of type {type(o).__name__} is not JSON serializable')
print(json.dumps({'s': {3, 1, 2}, 'b': b'hi', 'n': [frozenset([5])]}, default=encode_set))
print(json.dumps({'b': {2, 1}, 'a': 1}, default=sorted, sort_keys=True, indent=1))
print(json.dumps(range(3), default=list))
try:
    json.dumps({'x': {1: object}}, default=encode_set)
except TypeError as e:
    print('TypeError', e)
print(json.dumps([1, 2], default=str))
print(json.dumps({1, 2}, default=lambda o: 'set!'))
calls = []
def logged(o):
    calls.append(type(o).__name__)
    return None
print(json.dumps([{1}, b'', (1,)], default=logged), calls)
