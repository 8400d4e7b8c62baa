# Functions defined inside functions
def outer(n):
    def helper(k):
        return k * n
    def twice(k):
        return helper(helper(k))
    return [helper(1), twice(2)]
print(outer(3))
def make_ops():
    def add(a, b): return a + b
    def sub(a, b): return a - b
    return add, sub
add, sub = make_ops()
print(add(5, 3), sub(5, 3))
