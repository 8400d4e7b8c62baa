# Slicing a range returns a range
r = range(0, 20, 2)
print(r[2:5], r[::-1], r[::3], r[-3:], list(r[1:4]))
print(range(10)[::-2], list(range(10)[::-2]))
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20), range(10 ** 20)[5:8])
