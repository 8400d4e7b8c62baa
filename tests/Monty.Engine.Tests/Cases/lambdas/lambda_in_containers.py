# Dispatch tables of lambdas
ops = {
    '+': lambda a, b: a + b,
    '-': lambda a, b: a - b,
    '*': lambda a, b: a * b,
    '/': lambda a, b: a / b,
}
for sym in ops:
    print(sym, ops[sym](12, 4))
pipeline = [lambda s: s.strip(), lambda s: s.lower(), lambda s: s.replace(' ', '_')]
v = '  Hello World  '
for step in pipeline:
    v = step(v)
print(v)
