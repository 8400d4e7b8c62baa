from itertools import islice
print(list(islice('abc', 2)))
islice('abc', -5)
