# Functions returning tuples and unpacking them
def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, avg = stats([4, 8, 6])
print(lo, hi, avg)
r = stats([1])
print(r, type(r).__name__)
