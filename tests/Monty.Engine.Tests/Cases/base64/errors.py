import base64, binascii
cases = [lambda: base64.b64decode("abc"), lambda: base64.b64decode("abcde"),
         lambda: base64.b64decode("ab!c", validate=True), lambda: base64.b64encode("x"),
         lambda: base64.b64decode("é"), lambda: base64.b32decode("abc"), lambda: base64.b16decode("0g"),
         lambda: base64.b16decode("ab"), lambda: base64.b64decode(5), lambda: base64.b32decode("MZXW6YQ"),
         lambda: base64.b16decode("abc", casefold=True)]
for f in cases:
    try:
        f()
    except binascii.Error as e:
        print("binascii.Error", e, isinstance(e, ValueError))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
base64.b64decode("Zm9vYmFy=")
