# Dict equality ignores insertion order; ordering raises
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1})
print({'a': 1} == {'a': 1, 'b': 2}, {} == {})
print({1: [1, 2]} == {1: [1, 2]})
try:
    {'a': 1} < {'b': 2}
except TypeError as e:
    print(type(e).__name__, e)
