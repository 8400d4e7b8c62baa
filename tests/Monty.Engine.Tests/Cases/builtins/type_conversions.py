# int/float/str/bool/list/tuple/dict/set/frozenset constructors
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset())
print(bool(0), bool(1), bool(''), bool('0'), bool([]), bool([0]), bool(None), bool(0.0), bool(-1))
print(str(1.0), str(-0.5), str([1, '2']), str((1,)), str({'a': 'b'}), str(b'x'))
print(list('ab'), tuple([1]), sorted(set([2, 1, 2])), sorted(frozenset('aba')), dict([('k', 1)]))
print(int('  7\n'), float('  7.5\t'), int(-0.9), int('-0b11', 0))
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
