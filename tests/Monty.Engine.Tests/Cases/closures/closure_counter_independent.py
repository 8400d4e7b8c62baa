# Each call to a factory creates an independent closure cell
def gen_id(prefix):
    n = 0
    def next_id():
        nonlocal n
        n += 1
        return f'{prefix}{n}'
    return next_id
a = gen_id('a')
b = gen_id('b')
print(a(), a(), b(), a(), b())
