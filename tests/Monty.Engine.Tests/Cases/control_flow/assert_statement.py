# assert passes silently or raises AssertionError with message
assert True
assert 1 == 1, 'never'
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(str(e)), e.args)
try:
    assert [], 'empty list is falsy'
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert False, ('tuple', 1)
except AssertionError as e:
    print(e.args)
