# Ordering is by code point
words = ['zebra', 'Äpfel', 'apple', 'école', 'Zoo', '😀', '中文']
print(sorted(words))
print(sorted(words, key=str.lower))
print(min(words), max(words))
print([ord(w[0]) for w in sorted(words)])
