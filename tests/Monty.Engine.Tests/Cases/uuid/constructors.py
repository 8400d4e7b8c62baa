import uuid
print(uuid.UUID(int=5, version=4), uuid.UUID(bytes=bytes(range(16))), uuid.UUID(bytes_le=bytes(range(16))))
print(uuid.UUID(fields=(1, 2, 3, 4, 5, 6)), uuid.UUID(int=(1 << 128) - 1).version, uuid.UUID(int=0).variant)
print(uuid.UUID(int=5, version=4).version, uuid.UUID(int=5, version=4).variant)
