# Decoding bytes to str
print(b'abc'.decode(), b'caf\xc3\xa9'.decode('utf-8'), len(b'caf\xc3\xa9'))
print('😀'.encode('utf-8'), len('😀'.encode()), b'\xf0\x9f\x98\x80'.decode())
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b'\xffabc'.decode('utf-8', 'replace'), b'\xffabc'.decode('utf-8', 'ignore'))
