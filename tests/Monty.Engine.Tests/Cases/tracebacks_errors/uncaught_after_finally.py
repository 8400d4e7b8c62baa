# finally runs, then the exception stays uncaught
try:
    print('in try')
    raise KeyError('after finally')
finally:
    print('in finally')
