# Sorting mixed str and int raises uncaught TypeError
print(sorted([3, 1, 2]))
print(sorted(['b', 'a']))
print(sorted([1, 'a', 2]))
