import random
random.seed(99)
print([random.gauss(0, 1) for _ in range(3)])
print(random.gauss(), random.gauss(10, 2))
print(random.normalvariate(5, 0.5), random.expovariate(2.0), random.triangular(0, 10, 3), random.triangular())
print(random.randbytes(6))
