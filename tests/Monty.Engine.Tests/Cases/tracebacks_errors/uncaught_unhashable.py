# Using a list as a dict key (uncaught TypeError)
d = {}
d[(1, 2)] = 'ok'
print(d)
d[[1, 2]] = 'bad'
