# Lexicographic comparison of lists, tuples, strings
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99])
print((1, 'a') < (1, 'b'), (1, 2) == (1, 2), (1, 2) != (1, 2.0))
print('abc' < 'abd', 'Z' < 'a', '' < 'a', 'aa' > 'a')
print([1, [2, 3]] < [1, [2, 4]], (0,) < (0, 0))
print(max([(1, 'b'), (1, 'a'), (0, 'z')]), sorted(['b', 'A', 'a', 'B']))
try:
    [1, 'a'] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
