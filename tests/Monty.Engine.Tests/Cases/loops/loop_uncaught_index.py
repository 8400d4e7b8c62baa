# Loop indexing past the end raises IndexError (uncaught)
xs = [10, 20, 30]
for i in range(4):
    print(i, xs[i])
