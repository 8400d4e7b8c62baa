# Builtins that call back into Python. They run as ordinary frames, so host calls made from a
# key function or a generator suspend cleanly. Names starting with "__" are engine-internal.

def __materialise(iterable):
    return [item for item in iterable]
