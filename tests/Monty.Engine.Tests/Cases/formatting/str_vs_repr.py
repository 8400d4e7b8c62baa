# str() vs repr() for various builtin values
vals = [1, 1.0, 'a', "b'c", None, True, [1, 'x'], (1,), {'k': 'v'}, b'x', 2.5e-7, -0.0]
for v in vals:
    print(str(v), repr(v), sep=' || ')
