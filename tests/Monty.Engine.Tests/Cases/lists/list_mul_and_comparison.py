# List repetition, in-place repetition and comparison
a = [1, 2]
b = a
a *= 2
print(a, b, a is b)
a *= 0
print(a, b)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 3], [] == [], [0] > [])
