# Looping with enumerate and zip
names = ['ann', 'bob', 'cy']
ages = [30, 25]
for i, n in enumerate(names, 1):
    print(i, n)
for n, a in zip(names, ages):
    print(n, a)
for i, (n, a) in enumerate(zip(names, ages), start=10):
    print(i, n, a)
