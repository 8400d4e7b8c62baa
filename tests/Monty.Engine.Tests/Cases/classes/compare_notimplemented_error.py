class A:
    def __lt__(self, o): return NotImplemented
class B: pass
A() < B()
