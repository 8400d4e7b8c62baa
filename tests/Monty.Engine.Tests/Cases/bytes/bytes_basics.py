# bytes indexing, slicing, iteration and repr
b = b'hello\x00\xff'
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b[:0])
print(list(b[:3]), [x for x in b'AB'])
print(b'a' + b'b', b'ab' * 2, b'x' in b'xyz', 120 in b'xyz', b'' in b'a')
print(repr(b"'"), repr(b'"'), repr(b'\'"'), repr(b'\t\r\n'))
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
