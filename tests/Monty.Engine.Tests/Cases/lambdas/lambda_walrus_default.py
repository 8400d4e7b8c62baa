# Lambda evaluating defaults at definition time
vals = []
for i in range(3):
    vals.append(lambda i=i, sq=i * i: (i, sq))
print([v() for v in vals])
print((lambda: (y := 5) + y)())
