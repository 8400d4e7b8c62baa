# while/else runs else only when loop is not broken
n = 0
while n < 3:
    n += 1
else:
    print('while finished normally', n)
n = 0
while n < 10:
    if n == 2:
        print('breaking at', n)
        break
    n += 1
else:
    print('not printed')
while False:
    pass
else:
    print('else on zero iterations')
