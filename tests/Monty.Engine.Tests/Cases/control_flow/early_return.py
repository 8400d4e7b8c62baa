# Returns from inside loops and nested blocks
def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
    return None
print(first_even([1, 3, 4, 6]), first_even([1, 3]))
def nested(n):
    for i in range(n):
        for j in range(n):
            if i * j == 6:
                return (i, j)
    return 'none'
print(nested(5), nested(2))
def noret():
    pass
print(noret())
