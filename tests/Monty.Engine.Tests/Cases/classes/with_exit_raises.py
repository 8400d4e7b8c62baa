class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise KeyError("from exit")
try:
    with CM():
        raise ValueError("inner")
except KeyError as e:
    print("got", repr(e), type(e.__context__).__name__)
