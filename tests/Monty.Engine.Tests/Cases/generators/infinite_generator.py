# Infinite generators consumed partially
def naturals():
    n = 0
    while True:
        yield n
        n += 1
g = naturals()
print([next(g) for _ in range(5)])
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(4, (x * x for x in naturals()))))
evens = (x for x in naturals() if x % 2 == 0)
print(next(evens), next(evens), next(evens))
