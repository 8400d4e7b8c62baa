# for loops over ranges with different steps
for i in range(3):
    print(i, end=' ')
print()
for i in range(2, 10, 3):
    print(i, end=' ')
print()
for i in range(10, 0, -4):
    print(i, end=' ')
print()
for i in range(0):
    print('never')
for i in range(-3, 3, 2):
    print(i, end=' ')
print()
