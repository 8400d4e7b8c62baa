import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable), string.printable[:20])
print(all(c in string.printable for c in string.ascii_letters + string.digits))
