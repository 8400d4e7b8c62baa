# dict() constructor forms and dict.fromkeys
print(dict(), dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}, extra=1))
print(dict(zip('abc', range(3))))
print(dict.fromkeys(['a', 'b']), dict.fromkeys('xy', 0))
shared = dict.fromkeys([1, 2], [])
shared[1].append('same list')
print(shared)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    dict([1])
except TypeError as e:
    print(type(e).__name__, e)
