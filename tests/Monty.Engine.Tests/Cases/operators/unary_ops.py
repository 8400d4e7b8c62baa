# Unary minus, plus, invert, not on various types
print(-5, +5, -(-5), ~5, ~-1, -0, -0.0, +(-0.0))
print(-True, +True, ~True, not True)
try:
    -'a'
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    +[1]
except TypeError as e:
    print(type(e).__name__, e)
