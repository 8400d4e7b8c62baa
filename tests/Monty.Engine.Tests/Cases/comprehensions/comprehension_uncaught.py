# KeyError inside a comprehension (uncaught)
prices = {'apple': 3, 'pear': 4}
print([prices[k] for k in ['apple', 'pear']])
print([prices[k] for k in ['apple', 'kiwi']])
