# Calling None raises TypeError (uncaught)
handler = None
print('handler is', handler)
handler()
