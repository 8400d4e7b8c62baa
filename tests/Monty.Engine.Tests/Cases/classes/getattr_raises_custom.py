class A:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name * 2
        raise AttributeError(f"no {name} here")
a = A()
print(a.xy, getattr(a, "q", "dflt"))
a.q
