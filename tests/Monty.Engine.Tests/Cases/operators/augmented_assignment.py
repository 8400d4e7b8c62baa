# Augmented assignment operators on ints, strings, lists
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x /= 2; print(x)
n = 6
n <<= 2; n |= 1; n ^= 3; n &= 0b11110; n >>= 1
print(n)
s = 'ab'
s *= 2; s += '!'
print(s)
a = [1]
b = a
a += [2]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
