# sum, any, all including start values and errors
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([0.5, 0.25]), sum(range(5), start=100))
print(sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([True, True]))
print(any([]), all([]), any([0, '', None]), all([1, 'a', (0,)]), any(iter([0, 1])))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
