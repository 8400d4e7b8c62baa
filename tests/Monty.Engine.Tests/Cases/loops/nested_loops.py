# Nested loops with break affecting only the inner loop
for i in range(1, 4):
    for j in range(1, 4):
        if j > i:
            break
        print(i * j, end=' ')
    print('| row', i)
pairs = []
for a in 'ab':
    for b in 'xy':
        pairs.append(a + b)
print(pairs)
