import itertools
def numbers():
    n = 0
    while True:
        yield n
        n += 1
evens = (x for x in numbers() if x % 2 == 0)
print(list(itertools.islice(evens, 5)))
print(list(itertools.takewhile(lambda x: x < 20, (x * x for x in numbers()))))
pairs = itertools.product((c for c in 'ab'), (i for i in range(2)))
print(list(pairs))
sq = itertools.accumulate(x for x in range(1, 6))
print(list(sq), sorted(itertools.chain((3, 1), (x for x in [2]))))
print(dict(itertools.zip_longest('abc', (i for i in range(2)))))
