# UTF-8 byte lengths vs code point counts
for s in ['a', 'é', '€', '😀', 'aé€😀', '']:
    b = s.encode('utf-8')
    print(repr(s), len(s), len(b), b, b.decode() == s)
print(sum(len(c.encode()) for c in 'aé€😀'), [len(c.encode()) for c in 'aé€😀'])
