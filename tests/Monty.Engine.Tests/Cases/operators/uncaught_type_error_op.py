# Adding None to an int is an uncaught TypeError
values = [1, 2, None]
acc = 0
for v in values:
    print('adding', v)
    acc = acc + v
print(acc)
