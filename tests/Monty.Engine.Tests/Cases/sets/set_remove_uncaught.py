# Removing a missing element from a set (uncaught KeyError)
s = {1, 2}
s.remove(1)
print(sorted(s))
s.remove(5)
