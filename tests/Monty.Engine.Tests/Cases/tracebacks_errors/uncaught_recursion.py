# Infinite recursion (uncaught RecursionError)
def loop(n):
    return loop(n + 1) + 1
print('recursing')
loop(0)
