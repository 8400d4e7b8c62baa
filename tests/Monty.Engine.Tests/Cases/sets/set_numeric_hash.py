# Numbers that compare equal collapse in sets
s = {1, 1.0, 2, 2.0, 3}
print(len(s), sorted(s))
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(0), hash(10 ** 20) == hash(10 ** 20))
print(hash(1.5) == hash(1.5), hash(()) == hash(()), hash((1, 2)) == hash((1, 2)))
