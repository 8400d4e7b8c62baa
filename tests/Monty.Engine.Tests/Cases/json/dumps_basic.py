import json
print(json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(0), json.dumps(-12), json.dumps(2 ** 80))
print(json.dumps(1.0), json.dumps(0.1), json.dumps(-0.0), json.dumps(1e100), json.dumps(float('inf')), json.dumps(float('-inf')), json.dumps(float('nan')))
print(json.dumps("plain"), json.dumps('quote " back \\ slash / nl \n tab \t cr \r bs \b ff \f ctl \x01 del \x7f'))
print(json.dumps('caf\u00e9 \u4e2d \U0001F600'), json.dumps('caf\u00e9 \u4e2d \U0001F600', ensure_ascii=False))
print(json.dumps([1, 'a', None, [True, []], {}]), json.dumps((1, 2)), json.dumps({'a': (1, {'b': []})}))
print(json.dumps({'z': 1, 'a': 2, 'm': {'y': 1, 'b': 2}}, sort_keys=True))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none', float('inf'): 'inf'}))
print(json.dumps([1, 2, {'a': 3}], separators=(',', ':')), json.dumps({'a': 1}, separators=[';', '=']))
