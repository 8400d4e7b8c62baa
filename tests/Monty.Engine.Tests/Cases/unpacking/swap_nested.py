# Swapping list elements and nested structures with tuple assignment
lst = [1, 2, 3, 4]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
i, j = 1, 2
lst[i], lst[j] = lst[j], lst[i]
print(lst)
a = [[1, 2], [3, 4]]
a[0], a[1] = a[1], a[0]
print(a)
