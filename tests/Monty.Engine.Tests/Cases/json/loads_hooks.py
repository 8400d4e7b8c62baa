import json
doc = '{"a": 1, "b": {"c": 2.5, "d": [1, {"e": null}]}, "f": NaN}'
seen = []
def hook(d):
    seen.append(sorted(d))
    return {'wrapped': len(d)}
print(json.loads(doc, object_hook=hook))
print(seen)
print(json.loads(doc, object_pairs_hook=lambda pairs: pairs))
print(json.loads(doc, parse_float=lambda s: 'F' + s, parse_int=lambda s: int(s) * 100, parse_constant=lambda s: s.lower()))
print(json.loads('[1, 2.0, {"x": 3}]', parse_int=str))
print(json.loads('{"a": {"b": {}}}', object_hook=lambda d: len(d)))
