# Unhashable elements and empty pop
for bad in ([1], {}, set()):
    try:
        {bad}
    except TypeError as e:
        print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {1} + {2}
except TypeError as e:
    print(type(e).__name__, e)
