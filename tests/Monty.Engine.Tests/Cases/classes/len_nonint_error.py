class L:
    def __len__(self): return "3"
len(L())
