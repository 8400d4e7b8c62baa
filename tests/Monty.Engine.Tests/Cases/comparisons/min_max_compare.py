# Comparisons used by min/max/sorted with key
words = ['banana', 'Apple', 'cherry', 'date']
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(sorted(words, key=str.lower), sorted(words, key=lambda w: (-len(w), w)))
print(min([3, 1, 2], default=0), min([], default='empty'))
print(max(1, 2, 3), min('b', 'a', 'c'))
