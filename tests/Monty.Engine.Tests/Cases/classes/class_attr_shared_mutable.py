class A:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = A(), A()
a.add(1)
b.add(2)
print(A.items, a.items is b.items)
