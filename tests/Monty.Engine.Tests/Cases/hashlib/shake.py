import hashlib
s = hashlib.shake_128(b"abc")
print(s.name, s.digest_size, s.block_size)
print(s.hexdigest(16), s.hexdigest(0), len(s.digest(300)))
print(hashlib.shake_256(b"").hexdigest(32))
print(hashlib.shake_256(b"abc").digest(length=10))
print(hashlib.shake_128(b"q" * 168).hexdigest(200)[-16:])
print(type(s).__name__)
for call in [lambda: s.digest(), lambda: s.hexdigest(1, 2), lambda: s.digest("4")]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
