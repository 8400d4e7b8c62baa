import base64
print(base64.b64decode("aGVsbG8gd29ybGQ="), base64.b64decode(b"aGVs\nbG8=\n"), base64.b64decode("YQ==="))
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("-_8=", altchars="-_"))
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode("-__-"))
print(base64.b32decode("mzxw6===", casefold=True), base64.b16decode("6d6f6e7479", casefold=True))
print(base64.b32decode("MZXW6YQ="), base64.encodebytes(b"z" * 60), base64.decodebytes(b"eHl6\n"))
print(base64.b64encode("é".encode()).decode("ascii"))
