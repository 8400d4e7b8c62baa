# Negative steps on strings, lists and tuples
s = 'abcdefg'
print(s[::-1], s[::-2], s[5:1:-1], s[-1:-8:-2], s[1:5:-1] == '', s[:2:-1])
t = tuple(range(8))
print(t[::-3], t[6::-2], t[-2:-6:-1])
l = list('xyz')
print(l[::-1], l[-1::-1], l[len(l):0:-1])
