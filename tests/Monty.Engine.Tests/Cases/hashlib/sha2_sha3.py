import hashlib
for name in ["sha224", "sha3_224", "sha3_256", "sha3_384", "sha3_512"]:
    h = getattr(hashlib, name)(b"hello world")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    print(getattr(hashlib, name)().hexdigest())
print(hashlib.sha3_256(b"a" * 135).hexdigest())
print(hashlib.sha3_256(b"a" * 136).hexdigest())
print(hashlib.sha224(b"b" * 55).hexdigest(), hashlib.sha224(b"b" * 56).hexdigest())
print(hashlib.sha3_512(string=b"keyword").hexdigest()[:32])
print(type(hashlib.sha3_256()).__name__, hashlib.sha224)
