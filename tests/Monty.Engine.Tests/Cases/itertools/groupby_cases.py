from itertools import groupby
data = [('fruit', 'apple'), ('fruit', 'pear'), ('veg', 'leek'), ('fruit', 'fig'), ('veg', 'kale'), ('veg', 'bean')]
for kind, items in groupby(data, key=lambda pair: pair[0]):
    print(kind, [name for _, name in items])
print([(k, len(list(g))) for k, g in groupby(sorted('mississippi'))])
groups = [(k, g) for k, g in groupby('aabbbc')]
print([(k, list(g)) for k, g in groups])
print([k for k, _ in groupby([1, 1, 2, 3, 3, 3, 1])], list(groupby([])))
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
print({letter: list(ws) for letter, ws in groupby(words, key=lambda w: w[0])})
