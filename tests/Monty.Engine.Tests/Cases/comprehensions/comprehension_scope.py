# Comprehension variables do not leak; outer names are visible
x = 'outer'
r = [x for x in range(3)]
print(r, x)
n = 10
print([i + n for i in range(3)])
def f():
    k = 5
    return [k * i for i in range(3)]
print(f())
print([[j for j in range(i)] for i in range(4)])
