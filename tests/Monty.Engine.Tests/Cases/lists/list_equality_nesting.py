# Nested list equality and containment, self reference repr
a = [1, [2, [3]]]
print(a == [1, [2, [3]]], [3] in a[1], a[1][1][0])
b = [1, 2]
b.append(b)
print(b)
print(len(b), b[2] is b)
