# extend and += accept any iterable
a = []
a.extend(range(3))
a.extend((x * 10 for x in range(2)))
a += 'hi'
a += {'k': 1}
print(a)
try:
    a.extend(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a = a + 'x'
except TypeError as e:
    print(type(e).__name__, e)
