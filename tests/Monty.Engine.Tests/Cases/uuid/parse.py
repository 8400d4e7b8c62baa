import uuid
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(repr(u), str(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le, u.version, u.variant, u.fields)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
for text in ["{12345678-1234-5678-1234-567812345678}", "urn:uuid:12345678-1234-5678-1234-567812345678", "12345678123456781234567812345678"]:
    print(uuid.UUID(text) == u)
print(uuid.UUID(hex="A" * 32), f"{uuid.UUID(int=1)}", int(uuid.UUID(int=2**100)))
