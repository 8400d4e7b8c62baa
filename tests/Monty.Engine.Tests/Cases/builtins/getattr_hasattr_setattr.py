# getattr, hasattr, setattr on builtin values and functions
s = 'hello'
print(getattr(s, 'upper')(), hasattr(s, 'upper'), hasattr(s, 'nope'))
print(getattr(s, 'nope', 'default'), getattr([1, 2], 'count')(1))
def f():
    return 1
setattr(f, 'tag', 'marked')
print(f.tag, getattr(f, 'tag'), hasattr(f, 'tag'))
e = ValueError('m')
print(getattr(e, 'args'))
try:
    getattr(s, 'nope')
except AttributeError as err:
    print(type(err).__name__, err)
try:
    setattr(5, 'x', 1)
except AttributeError as err:
    print(type(err).__name__, err)
