import uuid
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a == uuid.UUID(int=1), a != b, max(a, b), sorted([b, a]), hash(a) == hash(uuid.UUID(int=1)))
print(a == 1, {a: "one"}[uuid.UUID(int=1)])
a < 5
