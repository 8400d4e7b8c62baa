import random
random.seed(1234)
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(10) for _ in range(5)], random.randrange(0, 100, 7), random.randrange(50, 0, -3))
print(random.randrange(10 ** 30), random.randrange(-5, 5))
print(random.getrandbits(200))
