# Combining characters count as separate code points
e1 = 'é'
e2 = 'e\u0301'
print(len(e1), len(e2), e1 == e2, e2[::-1] == '\u0301e')
print([hex(ord(c)) for c in e2])
flag = '🇺🇸'
print(len(flag), [hex(ord(c)) for c in flag])
family = '👨\u200d👩\u200d👧'
print(len(family))
