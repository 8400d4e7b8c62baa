# break inside finally discards the in-flight exception
def f():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            print('finally', i)
            break
    return 'swallowed'
print(f())
def g():
    for i in range(3):
        try:
            if i < 2:
                continue
            return i
        finally:
            print('g finally', i)
print(g())
