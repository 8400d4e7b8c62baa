# break and continue inside try/finally still run finally
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print('body', i)
    finally:
        print('finally', i)
print('after loop')
i = 0
while True:
    try:
        i += 1
        if i > 2:
            break
    finally:
        print('cleanup', i)
print('done', i)
