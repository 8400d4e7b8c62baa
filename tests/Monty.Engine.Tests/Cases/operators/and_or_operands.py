# and/or return one of their operands, and short-circuit
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 'default', '' and 'x')
print([] or {} or 'last', [1] and [], 'a' and 'b' and 'c', 0 or '' or None)
def loud(x):
    print('eval', x)
    return x
print(loud(0) and loud(1))
print(loud(1) or loud(2))
print(loud(1) and loud(0) or loud(3))
print(not [], not [0], not 0.0, not 'False')
