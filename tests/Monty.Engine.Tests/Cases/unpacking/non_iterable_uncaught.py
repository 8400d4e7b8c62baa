# Unpacking a non-iterable raises TypeError (uncaught)
pair = (1, 2)
a, b = pair
print(a + b)
a, b = 5
