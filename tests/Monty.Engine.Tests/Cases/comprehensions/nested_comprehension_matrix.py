# Transposing and flattening matrices with comprehensions
m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)])
print([v for row in m for v in row])
print([sum(row) for row in m], [sum(col) for col in zip(*m)])
print({i: [v * i for v in row] for i, row in enumerate(m)})
