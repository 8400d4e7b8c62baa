# str() of bytes is its repr
b = b'data\n'
print(str(b), repr(b), f'{b}', '%s' % b, '%r' % b)
print([b'x', b'\x7f', b'\x80'])
print(bytes([0, 9, 10, 13, 31, 32, 92, 126, 127]))
