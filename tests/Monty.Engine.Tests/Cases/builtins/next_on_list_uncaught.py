# next() on a non-iterator (uncaught TypeError)
data = [1, 2, 3]
print(next(iter(data)))
print(next(data))
