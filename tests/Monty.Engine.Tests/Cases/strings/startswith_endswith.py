# startswith/endswith with tuples and bounds
s = 'hello.py'
print(s.startswith('he'), s.startswith('lo'), s.endswith('.py'))
print(s.endswith(('.txt', '.py')), s.startswith(('x', 'y')))
print(s.startswith('llo', 2), s.endswith('hel', 0, 3))
print(s.startswith(''), ''.endswith(''))
try:
    s.startswith(['he'])
except TypeError as e:
    print(type(e).__name__, e)
