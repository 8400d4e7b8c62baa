# del on names, subscripts, slices
x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
a = list(range(10))
del a[0]
del a[-1]
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
p, q = 1, 2
del p, q
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)
