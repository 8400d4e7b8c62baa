# Decorators run at definition time, not call time
log = []
def mark(fn):
    log.append('decorated ' + fn.__name__)
    return fn
print('before def', log)
@mark
def f():
    log.append('called f')
print('after def', log)
f()
f()
print(log)
