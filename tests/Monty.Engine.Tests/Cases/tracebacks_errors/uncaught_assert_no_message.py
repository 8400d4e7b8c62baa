# Assert without message (uncaught AssertionError)
print('checking')
assert 1 + 1 == 3
