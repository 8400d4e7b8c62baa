# finally in generator runs when exhausted or on break+close
def g():
    try:
        yield 1
        yield 2
    finally:
        print('g finally')
for v in g():
    print('v', v)
print('---')
it = g()
for v in it:
    print('v', v)
    break
print('after break')
it.close()
print('end')
