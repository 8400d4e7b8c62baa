# bytes() from ints, lists, strings with encoding
print(bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes(b'copy'))
print(bytes('héllo', 'utf-8'), 'héllo'.encode(), 'abc'.encode('ascii'))
print(bytes.fromhex('48 65 6c'), b'\x01\xab'.hex(), b'abc'.hex(':'))
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes('x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
