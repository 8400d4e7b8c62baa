# Unknown method on a list (uncaught AttributeError)
lst = [3, 1, 2]
lst.sort()
print(lst)
lst.push(4)
