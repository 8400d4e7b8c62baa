from collections import deque
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
print(last3, last3.maxlen)
last3.appendleft(-1)
print(last3)
d = deque("abc")
print(d, d.count("a"), d.index("c"), d == deque("abc"), d + deque("x"))
d.remove("b")
d[0] = "z"
print(d, deque())
