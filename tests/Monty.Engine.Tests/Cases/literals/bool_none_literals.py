# True, False, None literals and their basic properties
print(True, False, None)
print(type(True).__name__, type(None).__name__)
print(True + True, True * 10, False - 1)
print(int(True), int(False), float(True))
print(None is None, None == None, None == 0, None == False)
print(True == 1, False == 0, True == 1.0)
print(repr(None), str(True), repr(False))
print(not None, not 0, not 1, not '')
