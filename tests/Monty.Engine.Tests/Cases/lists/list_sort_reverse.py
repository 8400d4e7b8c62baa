# sort (stable, key, reverse) and reverse
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.sort(); print(a)
a.sort(reverse=True); print(a)
a.reverse(); print(a)
words = ['bb', 'a', 'ccc', 'dd', 'e']
words.sort(key=len); print(words)
words.sort(key=len, reverse=True); print(words)
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs, key=lambda p: p[0]))
print(a.sort())
try:
    [1, 'x'].sort()
except TypeError as e:
    print(type(e).__name__, e)
