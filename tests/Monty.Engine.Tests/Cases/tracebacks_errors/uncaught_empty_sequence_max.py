# max() of an empty list (uncaught ValueError)
print(max([1, 5, 3]))
print(max([]))
