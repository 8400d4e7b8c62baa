import json
cases = ['', '   ', '[1,]', '{"a":1,}', '{"a" 1}', '{1:2}', '[1 2]', '"abc', '"a\\qb"', '"\\u12x4"', '"a\nb"',
         '1 2', '01', '-', 'nul', 'tru', '[1,\n2,\n x]', '\ufeff[1]', '{"a":1 "b":2}', '[', '{', '{"a"', '{"a":',
         '["\\', '"\\u', '"\\ud83d\\uzzzz"', '[1.]', '.5', '+1', '"\U0001F600" x', '\n\n  @', "{'a': 1}", '[1]]']
for s in cases:
    try:
        print(repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno)
for bad in [5, None, [1]]:
    try:
        json.loads(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    json.loads('x')
except ValueError as e:
    print('caught as ValueError:', isinstance(e, json.JSONDecodeError), e.args)
