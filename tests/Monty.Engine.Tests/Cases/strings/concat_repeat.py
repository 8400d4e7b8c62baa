# String concatenation, repetition, comparison
a = 'ab'
print(a + 'cd', a * 3, 3 * a, a * 0, a * -2)
b = a
b += 'x'
print(a, b)
print('abc' < 'abd', 'abc' < 'ab', 'B' < 'a', 'a' * 2 == 'aa')
print(min('hello'), max('hello'), sorted('banana'))
print('Z' > 'A', 'é' > 'z')
try:
    'a' * 2.0
except TypeError as e:
    print(type(e).__name__, e)
