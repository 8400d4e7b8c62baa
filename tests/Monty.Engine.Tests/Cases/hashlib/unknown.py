import hashlib
print(hashlib.new("sha512", b"q").hexdigest()[:16])
hashlib.new("whirlpool")
