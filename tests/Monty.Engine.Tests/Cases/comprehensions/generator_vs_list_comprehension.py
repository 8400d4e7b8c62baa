# List comprehension evaluates eagerly, generator lazily
log = []
def f(x):
    log.append(x)
    return x
lst = [f(i) for i in range(3)]
print('after list comp', log)
log.clear()
gen = (f(i) for i in range(3))
print('after gen expr', log)
first = next(gen)
print('after next', first, log)
