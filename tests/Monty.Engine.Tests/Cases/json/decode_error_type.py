import json
from json import JSONDecodeError
e = JSONDecodeError('Boom', 'ab\ncd', 4)
print(e, '|', e.msg, e.doc, e.pos, e.lineno, e.colno, e.args)
print(issubclass(JSONDecodeError, ValueError), JSONDecodeError.__name__, JSONDecodeError.__module__)
print(JSONDecodeError)
try:
    raise JSONDecodeError('Custom', '{}', 1)
except ValueError as err:
    print(repr(err))
nested = []
for i in range(499):
    nested = [nested]
print(json.loads('[' * 500 + ']' * 500) == nested)
try:
    json.loads('[' * 100000)
except RecursionError as err:
    print('RecursionError', err)
try:
    json.loads('{"a":' * 100000)
except RecursionError as err:
    print('RecursionError', err)
