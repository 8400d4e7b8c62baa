from itertools import islice, count
def gen():
    for i in range(10):
        print('produce', i)
        yield i
print(list(islice(gen(), 1, 6, 2)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it2 = iter(range(10))
print(list(islice(it2, 2, 4)), next(it2))
print(list(islice(count(), 5, 8)), list(islice('abc', None)), list(islice('abc', 1, None, None)), list(islice([], 3)))
for args in [('abc',), ('abc', -1), ('abc', 1, -1), ('abc', 0, 2, 0), ('abc', 'x'), ('abc', 1.5), ('abc', -2, 5), ('abc', 1, 2, -1)]:
    try:
        print(list(islice(*args)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
