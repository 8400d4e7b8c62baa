# Indexing bytes gives int; slicing gives bytes
b = b'abc'
print(type(b[0]).__name__, type(b[0:1]).__name__, b[0:1] == b'a', b[0] == 97)
print(b[::2], b[-2:], bytes(reversed(b)))
for i, c in enumerate(b):
    print(i, c, chr(c))
