from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product('AB', [0, 1])), len(list(product(range(3), repeat=3))), list(product('ab', repeat=0)))
print([''.join(p) for p in permutations('abc')], list(permutations(range(3), 1)), list(permutations('ab', 3)))
print(list(combinations(range(4), 3)), list(combinations('abc', 0)), list(combinations([], 1)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 2)))
print(sum(1 for _ in combinations(range(10), 4)), sum(1 for _ in permutations(range(6), 3)))
for f in [lambda: combinations('abc', -1), lambda: permutations('abc', -1), lambda: product('ab', repeat=-1),
          lambda: combinations_with_replacement('a'), lambda: combinations('abc', 1.5), lambda: product(5)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
