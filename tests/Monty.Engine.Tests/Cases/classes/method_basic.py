class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self
c = Counter()
c.inc().inc(5).inc()
print(c.n)
m = c.inc
m(10)
print(c.n)
print(Counter.inc(c, 100).n)
