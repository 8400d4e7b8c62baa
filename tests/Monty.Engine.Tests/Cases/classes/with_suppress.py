class Suppress:
    def __init__(self, *types): self.types = types
    def __enter__(self): return None
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError):
    {}["x"]
    print("not reached")
print("after")
with Suppress(KeyError):
    raise IndexError("escapes")
