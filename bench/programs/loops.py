# Nested integer loops with arithmetic: range iteration, local variables,
# +, -, *, //, %, comparisons and augmented assignment.


def grid_checksum(n, m):
    total = 0
    acc = 1
    for i in range(n):
        row = 0
        for j in range(m):
            v = (i * j + 7) % 13
            if v > 6:
                row += v * 3 - j // 4
            else:
                row -= v
            acc = (acc * 31 + v) % 1000003
        total += row
    return total, acc


def triangle_sums(limit):
    count = 0
    s = 0
    i = 1
    while i < limit:
        k = i
        while k > 0:
            s += k % 10
            k //= 10
        if s % 3 == 0:
            count += 1
        i += 1
    return count, s


total, acc = grid_checksum(950, 950)
count, s = triangle_sums(150000)
print("loops", total, acc, count, s)
