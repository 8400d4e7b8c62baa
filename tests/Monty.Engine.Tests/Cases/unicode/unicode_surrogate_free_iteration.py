# Iterating strings with astral characters yields whole code points
s = 'x😀y🎉'
for i, ch in enumerate(s):
    print(i, ch, hex(ord(ch)), len(ch))
print(s.count('😀'), s.replace('😀', ':)'), s[::2], s[1::2])
print(s.encode('utf-8').decode('utf-8') == s)
