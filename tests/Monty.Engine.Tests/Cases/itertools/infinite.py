from itertools import count, cycle, repeat, islice
c = count(10, 5)
print(next(c), next(c), next(c))
print(list(islice(count(2.5, -1), 4)), list(zip(count(), 'abc')), list(islice(cycle([1, 2, 3]), 7)))
print(list(repeat(7, 0)), list(repeat(None, -3)), list(map(pow, range(4), repeat(2))), list(islice(repeat('z'), 3)))
print(list(cycle([])), list(islice(count(), 0)))
