# Exception message built with an f-string (uncaught)
limit = 3
for i in range(5):
    print('step', i)
    if i >= limit:
        raise OverflowError(f'step {i} exceeds limit {limit}')
