# NotImplementedError from a stub function (uncaught)
def todo():
    raise NotImplementedError('todo: implement me')
print('calling stub')
todo()
