# Assignment expressions (walrus)
if (n := 10) > 5:
    print('n is', n)
data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * x) > 10])
print(y)
items = [3, 2, 1, 0, 5]
i = 0
while (v := items[i]) != 0:
    print('v', v)
    i += 1
print((a := 1) + (b := 2), a, b)
print([last := k for k in range(3)], last)
