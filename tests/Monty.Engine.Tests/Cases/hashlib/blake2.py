import hashlib
print(hashlib.blake2b(b"abc").hexdigest())
print(hashlib.blake2s(b"abc").hexdigest())
print(hashlib.blake2b().hexdigest())
h = hashlib.blake2b(b"msg", digest_size=20, key=b"secret", salt=b"NaCl", person=b"monty")
print(h.name, h.digest_size, h.block_size, h.hexdigest())
s = hashlib.blake2s(digest_size=16, key=b"k" * 32)
s.update(b"x" * 200)
print(s.name, s.digest_size, s.block_size, s.hexdigest())
print(hashlib.blake2b(b"tree", fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1, inner_size=32, last_node=True).hexdigest())
print(hashlib.blake2s(b"tree", fanout=0, depth=255, node_offset=2**48 - 1, last_node=True).hexdigest())
print(hashlib.blake2b.SALT_SIZE, hashlib.blake2b.PERSON_SIZE, hashlib.blake2b.MAX_KEY_SIZE, hashlib.blake2b.MAX_DIGEST_SIZE)
print(hashlib.blake2s.SALT_SIZE, hashlib.blake2s.PERSON_SIZE, hashlib.blake2s.MAX_KEY_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE)
print(hashlib.blake2b, type(hashlib.blake2s()), isinstance(h, hashlib.blake2b))
for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b"k" * 65), dict(salt=b"s" * 17),
           dict(person=b"p" * 17), dict(fanout=256), dict(depth=0), dict(leaf_size=2**32), dict(leaf_size=-1),
           dict(node_offset=2**64), dict(node_depth=-1), dict(inner_size=65), dict(key="text"),
           dict(digest_size=1.5), dict(data=b"x"), dict(bogus=1)]:
    try:
        hashlib.blake2b(**kw)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for kw in [dict(digest_size=33), dict(salt=b"s" * 9), dict(node_offset=2**48)]:
    try:
        hashlib.blake2s(**kw)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    hashlib.blake2b(b"a", b"b")
except TypeError as e:
    print(e)
