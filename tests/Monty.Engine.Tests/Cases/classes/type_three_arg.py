def hello(self): return "hi " + self.name
P = type("P", (object,), {"name": "p", "hello": hello})
print(P.__name__, P().hello(), P.__bases__)
Q = type("Q", (P,), {})
print(Q().hello(), issubclass(Q, P))
