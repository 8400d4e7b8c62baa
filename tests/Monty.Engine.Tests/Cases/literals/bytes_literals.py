# Bytes literal forms and escapes
print(b'abc', b"abc", B'x')
print(b'\x00\x01\xff', b'\n\t\\')
print(rb'\n', br'\x00')
print(len(b'\x00\xff'), b'a' b'b')
print(b'it\'s', b"q\"q")
print(list(b'AZ'), b'A'[0])
print(type(b'').__name__, bytes())
