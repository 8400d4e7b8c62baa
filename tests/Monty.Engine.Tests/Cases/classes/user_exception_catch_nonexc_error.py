class NotExc: pass
try:
    raise ValueError
except NotExc:
    pass
