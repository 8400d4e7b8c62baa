import json
def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: json.dumps({1, 2}))
attempt(lambda: json.dumps({'a': [1, b'x']}))
attempt(lambda: json.dumps({(1, 2): 3}))
attempt(lambda: json.dumps({(1, 2): 3, 'ok': 1}, skipkeys=True))
attempt(lambda: json.dumps(float('nan'), allow_nan=False))
attempt(lambda: json.dumps({'x': [float('inf')]}, allow_nan=False))
attempt(lambda: json.dumps({1: 1, 'a': 2}, sort_keys=True))
a = []
a.append(a)
attempt(lambda: json.dumps(a))
d = {}
d['self'] = d
attempt(lambda: json.dumps(d))
attempt(lambda: json.dumps(1, 2))
attempt(lambda: json.dumps(1, bogus=True))
attempt(lambda: json.dumps())
deep = []
for i in range(100000):
    deep = [deep]
attempt(lambda: json.dumps(deep))
shared = [1]
print(json.dumps([shared, shared, {'k': shared}]))
