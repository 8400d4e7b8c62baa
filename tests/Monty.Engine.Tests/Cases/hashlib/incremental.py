import hashlib
h = hashlib.sha256()
h.update(b"hello ")
c = h.copy()
h.update(b"world")
c.update(b"there")
print(h.hexdigest() == hashlib.sha256(b"hello world").hexdigest(), c.hexdigest())
print(hashlib.new("sha1", b"x").hexdigest(), hashlib.new("SHA256").name, hashlib.new("md5", data=b"").hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256"}))
h = hashlib.md5()
for chunk in [b"a" * 1000] * 50:
    h.update(chunk)
print(h.hexdigest(), len(h.digest()))
