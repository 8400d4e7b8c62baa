# global statement lets functions rebind module names
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def create():
    global brand_new
    brand_new = 'created in function'
create()
print(brand_new)
def read_only():
    return counter * 10
print(read_only())
