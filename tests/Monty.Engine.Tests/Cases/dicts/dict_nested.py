# Nested dicts and repr
cfg = {'db': {'host': 'h', 'ports': [1, 2]}, 'debug': True, 'name': None}
print(cfg)
print(cfg['db']['ports'][-1])
cfg['db']['host'] = 'new'
print(repr(cfg['db']))
d = {}
d['self'] = d
print(d)
