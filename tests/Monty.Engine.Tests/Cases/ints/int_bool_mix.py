# Arithmetic mixing bool and int
print(True + 1, True * 3.5, False ** 0, True // 1, True / 2)
print(type(True + True).__name__, type(True & True).__name__, type(True | 0).__name__)
print(True & False, True | False, True ^ True, ~True)
print(sum([True, True, False, True]))
print(-True, +False, abs(-True))
