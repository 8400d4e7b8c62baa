# List building (append, comprehensions, slicing) and sorting with a key.


def lcg(seed, n):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 100000)
    return out


def by_digit_sum(v):
    s = 0
    while v:
        s += v % 10
        v //= 10
    return s


data = lcg(42, 32000)
pairs = [(v % 1000, v) for v in data]
pairs.sort(key=lambda p: (p[0], -p[1]))
by_sum = sorted(data[:11000], key=by_digit_sum)
evens = [v for v in data if v % 2 == 0]
evens.sort(reverse=True)
chunks = [data[i:i + 100] for i in range(0, len(data), 100)]
chunk_max = sorted((max(c) for c in chunks), key=lambda m: -m)
words = sorted([str(v) for v in data[:6000]], key=len)
checksum = 0
for i, p in enumerate(pairs[:5000]):
    checksum = (checksum * 31 + p[1] + i) % 1000000007
print("lists", len(pairs), pairs[0], pairs[-1], by_sum[:3], evens[:3], chunk_max[:3], words[0], words[-1], checksum)
