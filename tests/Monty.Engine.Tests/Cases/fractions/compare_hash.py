from fractions import Fraction as F
print(F(1, 2) == 0.5, F(1, 2) == F(2, 4), F(3) == 3, F(1, 3) == 1 / 3, F(1, 2) < 1, 0.75 > F(2, 3), F(1, 2) <= F(1, 2))
print(hash(F(3)) == hash(3), hash(F(1, 2)) == hash(0.5), hash(F(1, 3)), hash(F(-7, 5)))
print({F(1, 2): "half"}[0.5], {0.5: "x", F(1, 2): "y"}, sorted([F(1, 2), 0.25, 1, F(-3, 4)]))
print(F(1, 2) < float("inf"), F(1, 2) > float("-inf"), F(1, 2) == float("nan"), F(1, 2) < float("nan"), max(F(5, 3), 1.5))
