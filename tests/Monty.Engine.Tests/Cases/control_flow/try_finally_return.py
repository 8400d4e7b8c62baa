# finally runs on return; a return in finally overrides
def f():
    try:
        print('in try')
        return 'try'
    finally:
        print('in finally')
print(f())
def g():
    try:
        return 'try'
    finally:
        return 'finally'
print(g())
def h():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(h())
def k():
    x = 1
    try:
        return x
    finally:
        x = 2
        print('x now', x)
print(k())
