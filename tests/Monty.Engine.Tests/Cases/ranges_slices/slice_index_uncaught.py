# Slicing never raises, but indexing does (uncaught IndexError)
s = 'abc'
print(repr(s[5:10]), repr(s[-10:1]))
print(s[5])
