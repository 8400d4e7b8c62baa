import base64
data = b"Monty \x00\xff\xfe binary \x10 data!"
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                 (base64.b32encode, base64.b32decode), (base64.b16encode, base64.b16decode),
                 (base64.standard_b64encode, base64.standard_b64decode), (base64.b32hexencode, base64.b32hexdecode)]:
    e = enc(data)
    print(enc.__name__, e, dec(e) == data)
for n in range(7):
    print(n, base64.b64encode(b"x" * n), base64.b32encode(b"y" * n))
