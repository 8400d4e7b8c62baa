# Exception raised inside a generator body propagates to the consumer (uncaught)
def gen():
    yield 1
    yield 2 // 0
for v in gen():
    print('got', v)
