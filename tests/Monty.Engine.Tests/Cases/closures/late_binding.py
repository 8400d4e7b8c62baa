# Late binding of loop variables in closures
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make(i):
    return lambda: i
funcs = [make(i) for i in range(3)]
print([f() for f in funcs])
fs = [lambda x: x * j for j in range(3)]
print([f(10) for f in fs])
