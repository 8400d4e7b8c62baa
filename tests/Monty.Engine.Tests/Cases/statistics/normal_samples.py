from statistics import NormalDist
n = NormalDist(10, 2)
print(n.samples(4, seed=42))
print(n.samples(3, seed="text") == n.samples(3, seed="text"), len(n.samples(0, seed=1)))
print(NormalDist().samples(2, seed=7))
print(round(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), 12))
print(round(NormalDist(0, 1).overlap(NormalDist(1, 1)), 12), NormalDist(0, 1).overlap(NormalDist(0, 1)))
import random
random.seed(5)
# Without a seed, samples() draws from the module-level generator, whose state it shares.
print(NormalDist(1, 2).samples(3), random.random())
