# + and * on sequences
print([1, 2] + [3], (1,) + (2, 3), 'a' + 'b')
print([0] * 3, (1, 2) * 2, [[]] * 2, 2 * [1])
print([1] * 0, [1] * -1, 'x' * -5 == '')
grid = [[0] * 2] * 2
grid[0][0] = 9
print(grid)
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
