# Walrus inside comprehensions binds in the containing scope
data = [5, 12, 7, 30]
big = [y for x in data if (y := x * 2) > 15]
print(big, y)
def run():
    found = [z for z in range(10) if (last := z) % 4 == 0]
    return found, last
print(run())
prefix = []
acc = 0
print([acc := acc + v for v in [1, 2, 3, 4]], acc)
