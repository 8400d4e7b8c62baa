# Default arguments are evaluated once; mutable default pitfall
def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def safe(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(safe(1), safe(2))
n = 10
def g(v=n):
    return v
n = 20
print(g())
