class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        print("getattr", name)
        return getattr(self.target, name)
p = Proxy("hello")
print(p.upper())
print(p.target)
print(hasattr(p, "nope"))
