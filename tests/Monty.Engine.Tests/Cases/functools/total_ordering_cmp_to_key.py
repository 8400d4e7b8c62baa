from functools import total_ordering, cmp_to_key


@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"v{self.major}.{self.minor}"


a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a < b, a <= c, a > b, a >= c, b >= a, a != b)
print(sorted([b, a, Version(0, 9)]), max(a, b), min([b, a]))


@total_ordering
class Desc:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __gt__(self, other):
        return self.n > other.n


print(Desc(3) < Desc(4), Desc(3) <= Desc(3), Desc(5) >= Desc(4))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)


def by_length_then_text(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)


words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_text)))
print(sorted(words, key=cmp_to_key(by_length_then_text), reverse=True))
K = cmp_to_key(lambda x, y: y - x)
print(sorted([3, 1, 2], key=K), K(1) < K(2), K(1) == K(1))
