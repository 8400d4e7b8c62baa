# Chained generators form a lazy pipeline
def read(lines):
    for l in lines:
        print('read', repr(l))
        yield l
def nonblank(it):
    for l in it:
        if l.strip():
            yield l.strip()
def numbered(it):
    for i, l in enumerate(it, 1):
        yield f'{i}: {l}'
for out in numbered(nonblank(read(['a ', '  ', ' b', '']))):
    print(out)
