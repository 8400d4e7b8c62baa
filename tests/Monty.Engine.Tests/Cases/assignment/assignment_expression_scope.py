# Walrus inside comprehension binds in enclosing scope
total = 0
vals = [total := total + v for v in [1, 2, 3]]
print(vals, total)
print([(n := i) for i in 'ab'], n)
def f():
    [m := j for j in range(4)]
    return m
print(f())
