import hashlib
for name in ["sha224", "sha3_256", "sha3_512", "blake2b", "blake2s", "shake_128"]:
    h = hashlib.new(name)
    h.update(b"common prefix ")
    fork = h.copy()
    h.update(b"left")
    fork.update(b"right")
    again = fork.copy()
    again.update(b"!")
    if name.startswith("shake"):
        print(name, h.hexdigest(8), fork.hexdigest(8), again.hexdigest(8))
    else:
        print(name, h.hexdigest()[:16], fork.hexdigest()[:16], again.hexdigest()[:16])
        print(fork.digest() == hashlib.new(name, b"common prefix right").digest())
k = hashlib.blake2s(b"a", key=b"key", digest_size=8)
c = k.copy()
c.update(b"b")
print(c.digest_size, c.hexdigest(), k.hexdigest() == hashlib.blake2s(b"a", key=b"key", digest_size=8).hexdigest())
