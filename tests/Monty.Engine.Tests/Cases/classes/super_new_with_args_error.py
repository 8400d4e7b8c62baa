class A:
    def __init__(self): pass
object.__new__(A)
print("ok")
object.__init__(A(), 1)
