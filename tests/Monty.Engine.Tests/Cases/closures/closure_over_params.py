# Closures capture parameters, including defaults
def adder(n):
    return lambda x: x + n
add5 = adder(5)
add10 = adder(10)
print(add5(1), add10(1), adder(-1)(0))
def multiplier(factor=2):
    def mul(x):
        return x * factor
    return mul
print(multiplier()(4), multiplier(3)(4))
def compose(f, g):
    return lambda x: f(g(x))
print(compose(add5, multiplier(3))(2))
