# Case-changing string methods
s = 'hello World 123'
print(s.upper(), s.lower(), s.swapcase())
print(s.title(), s.capitalize())
print('ÄÖÜ straße'.lower(), 'straße'.upper())
print("they're bill's".title())
print('ǅ'.lower(), 'ß'.casefold())
print(''.upper(), '123'.upper())
print('aBc'.islower(), 'abc'.islower(), 'ABC'.isupper(), 'Ab Cd'.istitle())
