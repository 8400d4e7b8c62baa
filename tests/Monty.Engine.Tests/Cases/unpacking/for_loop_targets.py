# Various target forms in for loops
d = {}
for d['key'] in [1, 2, 3]:
    pass
print(d)
lst = [0, 0]
for lst[0], lst[1] in [(1, 2), (3, 4)]:
    print(lst)
for i, c in zip(range(3), 'abc'):
    print(i, c, end=' ')
print()
