# TypeError messages for unsupported operand types
cases = [
    lambda: 1 + 'a',
    lambda: 'a' - 'b',
    lambda: [1] * 'a',
    lambda: None + 1,
    lambda: {} + {},
    lambda: 1 < 'a',
    lambda: [1] < (1,),
    lambda: 2 ** 'x',
    lambda: 'a' @ 'b',
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
