# Keyword arguments, keyword-only and positional-only parameters
def f(a, b=2, *, c, d=4):
    return (a, b, c, d)
print(f(1, c=3))
print(f(1, 5, c=6, d=7))
print(f(c=0, a=9))
def p(x, y, /, z):
    return x + y + z
print(p(1, 2, 3), p(1, 2, z=3))
try:
    p(x=1, y=2, z=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
