# Invalid UTF-8 decode (uncaught UnicodeDecodeError)
print(b'ok'.decode())
print(b'\xc3\x28'.decode('utf-8'))
