class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y)
p.x += 5
print(p.x)
print(sorted(p.__dict__.items()))
