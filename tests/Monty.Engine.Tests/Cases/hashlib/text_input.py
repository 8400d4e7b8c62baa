import hashlib
print(hashlib.sha1("naïve".encode()).hexdigest())
try:
    hashlib.sha256("abc")
except TypeError as e:
    print("TypeError:", e)
h = hashlib.sha256()
try:
    h.update(5)
except TypeError as e:
    print("TypeError:", e)
h.update("text")
