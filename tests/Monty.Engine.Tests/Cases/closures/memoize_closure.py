# Memoization via a closure over a dict
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper, cache
calls = []
def slow_sq(n):
    calls.append(n)
    return n * n
fast, cache = memo(slow_sq)
print(fast(3), fast(3), fast(4), calls)
print(sorted(cache.items()))
