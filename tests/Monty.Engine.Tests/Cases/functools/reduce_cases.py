from functools import reduce
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), reduce(max, [3, 9, 2]), reduce(lambda a, b: a + b, 'abc'))
print(reduce(lambda a, b: a * b, (x for x in range(1, 6))), reduce(lambda a, b: a, [], 'init'), reduce(pow, [2, 3, 2]))
for args in [(), (max,), (max, []), (max, [1], 0, 9), (max, 5)]:
    try:
        print(reduce(*args))
    except TypeError as e:
        print('TypeError', e)
