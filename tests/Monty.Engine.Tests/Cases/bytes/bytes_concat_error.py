# Mixing bytes and str raises TypeError
for fn in [lambda: b'a' + 'b', lambda: 'a' + b'b', lambda: b'a'.join(['x']), lambda: b'abc'.find('a')]:
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__, e)
