import operator
print(operator.__add__(1, 2), operator.__lt__(1, 2), operator.__getitem__([4, 5], 0), operator.__contains__('ab', 'a'), operator.__neg__(3))
print(operator.lt is operator.__lt__, callable(operator.itemgetter(0)))
