import base64
header = base64.urlsafe_b64encode(b'{"alg":"none"}').rstrip(b"=").decode()
payload = base64.urlsafe_b64encode(b'{"sub":"42","n":1}').rstrip(b"=").decode()
token = header + "." + payload + "."
print(token)
part = token.split(".")[1]
print(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
