# Sending values into a generator
def echo():
    received = None
    while True:
        received = yield f'got {received}'
        if received == 'stop':
            return 'stopped'
g = echo()
print(next(g))
print(g.send('a'))
print(g.send(42))
try:
    g.send('stop')
except StopIteration as e:
    print('StopIteration value:', e.value)
g2 = echo()
try:
    g2.send('early')
except TypeError as e:
    print(type(e).__name__, e)
