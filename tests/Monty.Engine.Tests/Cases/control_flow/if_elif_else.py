# if/elif/else chains and truthiness of conditions
def classify(x):
    if x < 0:
        return 'negative'
    elif x == 0:
        return 'zero'
    elif x < 10:
        return 'small'
    else:
        return 'large'
for v in [-5, 0, 3, 99]:
    print(v, classify(v))
for v in [0, 1, '', 'a', [], [0], {}, None, 0.0, -0.0, (), set(), range(0), range(1)]:
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
