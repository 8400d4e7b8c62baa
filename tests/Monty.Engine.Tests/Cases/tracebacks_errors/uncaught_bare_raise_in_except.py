# Bare re-raise inside except leaves the original exception uncaught
try:
    {}['missing']
except KeyError:
    print('handling then re-raising')
    raise
