# Lambdas capturing variables and default-argument binding
x = 10
f = lambda: x
x = 20
print(f())
adders = [lambda v, n=n: v + n for n in range(4)]
print([a(100) for a in adders])
make = lambda n: lambda v: v * n
print(make(3)(7))
