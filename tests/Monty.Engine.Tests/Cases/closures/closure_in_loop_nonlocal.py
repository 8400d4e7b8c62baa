# Generators of closures sharing one cell
def make_pair():
    val = [0]
    def setv(x):
        val[0] = x
    def getv():
        return val[0]
    return setv, getv
s, g = make_pair()
s(42)
print(g())
def counters():
    fs = []
    for i in range(3):
        def f(k=i):
            return k * 100
        fs.append(f)
    return fs
print([f() for f in counters()])
