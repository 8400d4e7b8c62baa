# Generator expressions are lazy; prove it with side effects
def noisy(x):
    print('computing', x)
    return x * 10
g = (noisy(x) for x in range(3))
print('generator created')
print(next(g))
print('between')
print(list(g))
print(list(g))
def src():
    print('source evaluated')
    return [1, 2]
g2 = (x for x in src())
print('outermost iterable evaluated eagerly')
print(sum(g2))
