# Object creation, attribute access and method calls: 100 bodies stepped 2,000 times,
# each step two method calls and two allocations.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Body:
    def __init__(self, x, y, vx, vy):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy

    def step(self, dt):
        self.x += self.vx * dt
        self.y += self.vy * dt
        return Vec(self.x, self.y)

    def energy(self):
        return Vec(self.vx * self.vx, self.vy * self.vy)


bodies = [Body(i, i * 2, 1.0, 0.5) for i in range(100)]
total = 0.0
for _ in range(2000):
    for b in bodies:
        p = b.step(0.01)
        e = b.energy()
        total += p.x + e.y
print(round(total, 3))
