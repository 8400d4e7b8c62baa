# Exception with several args prints the args tuple (uncaught)
print('go')
raise ValueError('code', 42)
