# repr of tuples: singleton comma, nesting, empty
print((), (1,), (1, 2), ((),), ((1,),), ('a',), (None,))
print(repr((1,)), str(('x', 'y')))
print([(1,)], {'k': (2,)})
