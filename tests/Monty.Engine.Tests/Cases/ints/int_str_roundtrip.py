# str/repr of ints and round trips
for n in [0, -0, 7, -7, 10 ** 18, -(10 ** 19), 2 ** 127 - 1]:
    print(str(n), repr(n), int(str(n)) == n, len(str(n)))
print(str(10 ** 100)[:10], str(10 ** 100)[-3:])
