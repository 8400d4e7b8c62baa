# Errors from list methods
a = [1, 2, 3]
for fn in [lambda: a.remove(9), lambda: a.pop(10), lambda: [].pop(), lambda: a.index(0),
           lambda: a[1.0], lambda: a['0'], lambda: a.insert()]:
    try:
        fn()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(a)
