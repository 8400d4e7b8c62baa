import base64
print(base64.b64decode(b"Zm9v", validate=True), base64.b64decode("Zm9v YmFy"))
for s in ["=Zm9v", "Zm=9v", "Zm9v=YQ==", "Zm9v\n"]:
    try:
        print(base64.b64decode(s, validate=True))
    except Exception as e:
        print(type(e).__name__, e)
base64.b64decode("Zm9vY", validate=True)
