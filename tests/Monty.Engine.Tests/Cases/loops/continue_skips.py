# continue skips the rest of the body
out = []
for i in range(10):
    if i % 3 == 0:
        continue
    out.append(i)
print(out)
n = 0
while n < 6:
    n += 1
    if n % 2:
        continue
    print('even', n)
