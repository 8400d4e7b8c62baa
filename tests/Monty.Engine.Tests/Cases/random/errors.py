import random
random.seed(1)
cases = [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 5),
         lambda: random.randrange(0, 10, 0), lambda: random.sample([1, 2], 3), lambda: random.sample({1, 2}, 1),
         lambda: random.choices([1, 2], [1]), lambda: random.choices([1, 2], 3),
         lambda: random.choices([1], weights=[1], cum_weights=[1]), lambda: random.getrandbits(-1),
         lambda: random.randrange(1.5), lambda: random.seed([1]), lambda: random.choices([1, 2], [0, 0])]
for f in cases:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
random.randint(5, 1)
