# Emoji are single code points: len, index, slice, reverse
s = 'a😀b'
print(len('😀'), len(s), s[1], s[::-1], s[1:], s[-2])
print(list(s), ''.join(reversed(s)), s.find('b'), s.index('😀'))
print('😀' * 3, len('😀' * 3), '😀😁'[1])
print(s.upper(), repr(s), ascii(s))
