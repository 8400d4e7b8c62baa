# String indexing and slicing
s = 'python'
print(s[0], s[-1], s[2:4], s[:2], s[4:], s[::2], s[::-1], s[-3:])
print(s[1:100], repr(s[100:]), repr(s[4:2]), s[-100:2])
print(s[5:0:-2], s[::-3])
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = 'P'
except TypeError as e:
    print(type(e).__name__, e)
