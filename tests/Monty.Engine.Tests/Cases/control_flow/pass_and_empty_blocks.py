# pass and Ellipsis as empty bodies
def f():
    pass
def g():
    ...
if True:
    pass
for _ in range(2):
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
print(f(), g(), 'ok')
