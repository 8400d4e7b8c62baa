# Explicit raise of ValueError (uncaught)
def check(x):
    if x < 0:
        raise ValueError('bad')
    return x
print(check(1))
check(-1)
