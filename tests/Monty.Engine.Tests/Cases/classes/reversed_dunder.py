class R:
    def __reversed__(self): return iter([3, 2, 1])
    def __iter__(self): return iter([1, 2, 3])
print(list(reversed(R())), list(R()))
class S:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return "abc"[i]
print(list(reversed(S())))
