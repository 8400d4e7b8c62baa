# Iterating strings and converting to/from lists
s = 'héllo'
for ch in s:
    print(ch, ord(ch), end='; ')
print()
print(list(s), tuple('ab'), ''.join(reversed(s)))
print(str(123), str(-4.5), str([1, 'a']), str(None), str(True))
print(repr('x') + str('x'))
print(str(), repr(str()))
