class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress

with CM("a") as x:
    print("body", x)
with CM("b", True):
    raise ValueError("boom")
print("after b")
try:
    with CM("c"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)
with CM("d") as d, CM("e") as e:
    print(d, e)
def f():
    with CM("f"):
        return 42
print(f())
for i in range(3):
    with CM(str(i)):
        if i == 1:
            break
        continue
try:
    with 5:
        pass
except TypeError as e:
    print(e)
