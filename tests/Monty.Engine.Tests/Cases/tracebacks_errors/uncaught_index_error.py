# Indexing an empty list (uncaught IndexError)
items = []
print('items:', items)
[][0]
