def gen(items):
    for item in items:
        match item:
            case [x, y]:
                yield x + y
            case int(n):
                yield from range(n)
            case _:
                yield None
print(list(gen([[1, 2], 3, "s", (4, 5)])))
print([r for r in gen([[0, 0], 1])])
