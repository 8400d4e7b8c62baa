# dict.pop of a missing key without default (uncaught KeyError)
d = {'a': 1}
print(d.pop('a'), d)
d.pop('b')
