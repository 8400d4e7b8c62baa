import random
a = random.Random(5)
b = random.Random(5)
print(a.random() == b.random(), a.randint(1, 100), b.randint(1, 100))
c = random.Random("seed")
print(c.random(), c.choice(["p", "q", "r"]))
a.seed(11)
random.seed(11)
print(a.random() == random.random(), type(a).__name__, isinstance(a, random.Random))
