# Multiple return values, implicit None
def divmod2(a, b):
    return a // b, a % b
q, r = divmod2(17, 5)
print(q, r, divmod2(17, 5))
def nothing():
    return
def implicit():
    x = 1
print(nothing(), implicit())
def early(x):
    if x:
        return 'yes'
print(early(1), early(0))
