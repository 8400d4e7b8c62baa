# List slicing with positive, negative and extended steps
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::3], a[1::2])
print(a[::-1], a[8:2:-2], a[-1:-4:-1], a[5:5], a[9:0:-3])
print(a[100:], a[-100:2], a[2:-100])
s = slice(1, 8, 3)
print(a[s], s.start, s.stop, s.step)
print(a[slice(None, None, -4)])
