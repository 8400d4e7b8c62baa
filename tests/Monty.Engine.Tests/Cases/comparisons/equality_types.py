# Equality across different types
print(1 == 1.0, 1 == True, 0 == False, '1' == 1, None == 0, [] == ())
print({1: 2} == {1: 2.0}, {1, 2} == {2, 1}, frozenset([1]) == {1})
print((1, 2) == [1, 2], [1, 2] == [1, 2], 'a' == 'a')
print(1 != '1', [1] != [1], None != None)
print(float('nan') == float('nan'), 1e400 == float('inf'))
