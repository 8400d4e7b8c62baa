# Ranges in loops and comprehensions
n = 5
print([i for i in range(n)], [i for i in range(n - 1, -1, -1)])
print(sum(range(101)), sum(range(1, 100, 2)), max(range(7)), min(range(3, 9)))
print(list(zip(range(3), range(10, 13))), list(enumerate(range(5, 8))))
print(range(3).index(2), 2 in range(0, 10, 2), 3 in range(0, 10, 2), 2.0 in range(3))
