# global declared in a nested function affects module scope
total = 0
def outer():
    total = 'outer local'
    def inner():
        global total
        total = 100
    inner()
    return total
print(outer(), total)
