# repr and format builtins
print(repr(1), repr('a'), repr([1, 'a']), repr(None), repr(1.5), repr((1,)), repr({'a': [1]}))
print(format(3.14159, '.2f'), format(42, '08b'), format('x', '>3'), format(1234, ','), format(5))
print(repr(repr('q')), repr(str(5)), repr(float('nan')), repr(-0.0))
try:
    format(1, 'zz')
except ValueError as e:
    print(type(e).__name__, e)
