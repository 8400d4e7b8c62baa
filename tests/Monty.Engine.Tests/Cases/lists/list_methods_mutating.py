# Mutating list methods: append, extend, insert, remove, pop, clear
a = [1, 2]
a.append(3); print(a)
a.extend([4, 5]); print(a)
a.extend('ab'); print(a)
a.insert(0, 'first'); print(a)
a.insert(100, 'end'); print(a)
a.insert(-1, 'before end'); print(a)
a.remove('a'); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.clear(); print(a)
r = a.append(1)
print(r)
