import operator
from functools import reduce
print(reduce(operator.mul, range(1, 8)), reduce(operator.or_, [1, 2, 4]), sum(map(operator.mul, [1, 2, 3], [4, 5, 6])))
print(list(map(operator.neg, [1, -2])), sorted(['bb', 'a', 'ccc'], key=len), max([(1, 'b'), (2, 'a')], key=operator.itemgetter(1)))
pairs = [(3, 'c'), (1, 'a'), (2, 'b')]
print(sorted(pairs, key=operator.itemgetter(0)), [operator.eq(a, b) for a, b in zip('abc', 'abd')])
