# Variables in one function call are not visible in another
def a():
    secret = 42
    return secret
def b():
    try:
        return secret
    except NameError as e:
        return str(e)
print(a(), b())
def rec(n, acc=None):
    local = n
    if n == 0:
        return []
    return [local] + rec(n - 1)
print(rec(3))
