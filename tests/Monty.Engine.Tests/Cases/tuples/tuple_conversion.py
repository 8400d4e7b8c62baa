# Converting between tuples and other containers
print(list((1, 2)), tuple([3, 4]), tuple({'a': 1, 'b': 2}), tuple({'a': 1}.items()))
print(tuple(x * 2 for x in range(3)), tuple(enumerate('ab')), tuple(zip('ab', 'cd')))
print(dict([(1, 'a'), (2, 'b')]), tuple(dict(x=1).values()))
