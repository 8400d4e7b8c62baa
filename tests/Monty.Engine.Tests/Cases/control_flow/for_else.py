# for/else used for searching
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print('found at', i)
            break
    else:
        print('not found')
find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)
for x in range(3):
    continue
else:
    print('else after continue-only loop, x =', x)
