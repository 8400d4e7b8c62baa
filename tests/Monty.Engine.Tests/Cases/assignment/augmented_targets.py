# Augmented assignment on subscripts evaluates target once
calls = []
def idx():
    calls.append('idx')
    return 0
data = [10]
data[idx()] += 5
print(data, calls)
d = {'n': 1}
d['n'] *= 7
print(d)
d.setdefault('lst', []).append(1)
print(d)
