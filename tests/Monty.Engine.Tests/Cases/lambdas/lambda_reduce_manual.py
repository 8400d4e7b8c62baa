# Implementing a fold with lambdas
def fold(fn, xs, init):
    acc = init
    for x in xs:
        acc = fn(acc, x)
    return acc
print(fold(lambda a, b: a + b, range(5), 0))
print(fold(lambda a, b: a * b, range(1, 6), 1))
print(fold(lambda a, b: b + a, 'abc', ''))
print(fold(lambda a, b: max(a, b), [3, 9, 2], float('-inf')))
