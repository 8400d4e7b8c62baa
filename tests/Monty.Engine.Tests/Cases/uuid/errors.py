import uuid
cases = [lambda: uuid.UUID("xyz"), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1), lambda: uuid.UUID(bytes=b"x"),
         lambda: uuid.UUID(hex="a", int=1), lambda: uuid.UUID(int=1, version=9), lambda: uuid.UUID(bytes_le=b"12"),
         lambda: uuid.UUID(fields=(1, 2, 3))]
for f in cases:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
uuid.UUID("12345678-1234-5678-1234-56781234567")
