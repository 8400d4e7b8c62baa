# Missing dict key (uncaught KeyError)
d = {'a': 1}
print(d['a'])
{}['k']
