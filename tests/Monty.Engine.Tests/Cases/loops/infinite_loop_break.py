# while True with break and counter
count = 0
while True:
    count += 1
    if count * count > 50:
        break
print(count)
it = iter([1, 2, 3])
while True:
    try:
        v = next(it)
    except StopIteration:
        print('exhausted')
        break
    print(v)
