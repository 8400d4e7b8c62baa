# is vs == on containers and None
a = []
b = []
print(a == b, a is b)
c = a
c.append(1)
print(a, a is c)
x = None
print(x is None, x is not None, x == None)
t1 = (1, 2)
t2 = t1
print(t1 is t2, t1 == (1, 2))
