# Generator local state persists between yields
def running_avg():
    total = 0
    count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
g = running_avg()
next(g)
for v in [10, 20, 60]:
    print(g.send(v))
