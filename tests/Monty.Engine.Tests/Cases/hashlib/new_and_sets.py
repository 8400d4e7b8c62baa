import hashlib
for name in ["SHA-256", "sha2-224", "SHA3-256", "sha3_384", "MD5", "sha-1", "shake128", "blake2b", "blake2s256", "SHA512"]:
    h = hashlib.new(name, b"data")
    print(repr(name), h.name, h.digest_size)
print(hashlib.new("blake2b", b"x", digest_size=8).hexdigest())
print(hashlib.new("blake2s", data=b"x", key=b"k").hexdigest()[:20])
print(hashlib.new(name="sha224").hexdigest())
print(hashlib.new("sha256", b"x", usedforsecurity=False).hexdigest()[:12])
print(sorted(hashlib.algorithms_guaranteed))
print(sorted(hashlib.algorithms_available & hashlib.algorithms_guaranteed))
for bad in [("SHA3_256",), ("Blake2b",), ("whirlpool",), (b"sha256",)]:
    try:
        hashlib.new(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    hashlib.new("sha256", b"x", digest_size=8)
except TypeError as e:
    print(e)
h = hashlib.sha3_224()
try:
    h.update()
except TypeError as e:
    print(e)
try:
    hashlib.blake2s().update("text")
except TypeError as e:
    print(e)
try:
    h.digest(5)
except TypeError as e:
    print(e)
