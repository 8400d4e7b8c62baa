# next() on an exhausted iterator (uncaught StopIteration)
it = iter([1])
print(next(it))
next(it)
