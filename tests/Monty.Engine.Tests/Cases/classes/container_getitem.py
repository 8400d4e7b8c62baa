class Sq:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
s = Sq()
print(s[3], list(s), 9 in s, 10 in s)
for v in s:
    print(v, end=" ")
print()
a, b, *rest = s
print(a, b, rest)
