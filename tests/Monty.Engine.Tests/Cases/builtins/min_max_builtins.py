# min and max with key, default, multiple args and errors
print(min(3, 1, 2), max(3, 1, 2), min([4, 2]), max('hello'), min('b', 'a'))
print(max([], default=None), min([], default=-1), max([1, 2], default=9))
print(max(['aa', 'b', 'ccc'], key=len), min([(1, 'z'), (1, 'a')]), max([1, 3, 3.0]))
print(max(3.0, 3), max(3, 3.0), min(0, False), min(False, 0))
for args in [(), ([],), (1,)]:
    try:
        max(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
