import uuid
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_URL, "x"))
print(uuid.uuid5(uuid.NAMESPACE_OID, "1.2.3").version, uuid.uuid3(uuid.NAMESPACE_X500, "cn=me").version)
print(repr(uuid.NAMESPACE_DNS), uuid.RFC_4122, uuid.RESERVED_NCS)
ids = {uuid.uuid5(uuid.NAMESPACE_URL, f"https://example.com/{i}"): i for i in range(3)}
print(sorted(ids.values()), uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/1") in ids)
