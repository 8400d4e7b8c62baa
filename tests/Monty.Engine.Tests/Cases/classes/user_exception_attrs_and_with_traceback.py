class E(Exception):
    code = 7
e = E("m")
e.extra = 1
print(e.code, e.extra, e.args)
try:
    raise e
except E as caught:
    print(caught is e)
