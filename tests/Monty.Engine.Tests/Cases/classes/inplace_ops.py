class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __isub__(self, o):
        self.items.remove(o)
        return self
a = Acc()
ref = a
a += 1
a += 2
a -= 1
print(a.items, a is ref)
