# Tuple index errors
t = (1, 2)
for i in [2, -3]:
    try:
        t[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    t['a']
except TypeError as e:
    print(type(e).__name__, e)
print(t[-2], t[1:100])
