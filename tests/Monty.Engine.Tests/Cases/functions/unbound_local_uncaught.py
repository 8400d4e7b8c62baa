# Assigning after reading a name makes it local: UnboundLocalError (uncaught)
count = 0
def bump():
    print('bumping')
    count = count + 1
    return count
bump()
