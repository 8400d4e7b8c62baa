# Concatenation, repetition, comparison, membership
a = (1, 2)
b = (3,)
print(a + b, a * 2, 2 in a, 5 not in a, a < (1, 3), (1, 2, 3) > a)
print(() == (), (1,) == (1,), (1) == 1)
print(max((1, 5), (1, 3)), sorted([(2, 'b'), (1, 'z'), (2, 'a')]))
print(tuple(reversed(a)), sum(a), min(a))
