# slice, NotImplemented and Ellipsis builtins
s = slice(1, 3)
print([0, 1, 2, 3][s], 'abcd'[s], slice(None), slice(1, 2, 3).step)
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(Ellipsis, Ellipsis is ..., type(Ellipsis).__name__)
print((1).__add__('a'), (1).__add__(2))
print((1.5).__eq__('x'))
