from collections import Counter
words = "the cat and the hat and the bat".split()
counts = Counter(words)
for word, n in counts.most_common(3):
    print(word, n)
print(sorted(counts), "the" in counts, "dog" in counts)
del counts["the"]
print(counts.most_common(1), list(counts.keys()))
print(sum(counts.values()), sorted(counts.items()))
