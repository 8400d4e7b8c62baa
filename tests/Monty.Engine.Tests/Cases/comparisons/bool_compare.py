# Comparing booleans with numbers
print(True > False, True == 1, True < 2, False >= 0, True + True > 1)
print(sorted([True, 0, False, 1, -1]))
print(max(True, 0.5), min(False, -0.0))
