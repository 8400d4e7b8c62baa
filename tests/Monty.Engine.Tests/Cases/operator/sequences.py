import operator
d = {'a': 1}
operator.setitem(d, 'b', 2)
operator.delitem(d, 'a')
print(d, operator.getitem([1, 2, 3], 1), operator.getitem('abc', slice(None, None, -1)), operator.contains('abc', 'b'))
print(operator.concat('ab', 'cd'), operator.concat([1], [2]), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
print(operator.index(7), operator.length_hint([1, 2]), operator.length_hint(5, 7))
x = [1]
print(operator.iadd(x, [2]), x, operator.iadd(1, 2), operator.imul('ab', 2))
for bad in [lambda: operator.indexOf([1], 5), lambda: operator.index(1.5), lambda: operator.concat(1, 2), lambda: operator.getitem({}, 'k')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
