class Meta(type):
    def __iter__(cls):
        return iter(cls.items)
    def __len__(cls):
        return len(cls.items)
    def __getitem__(cls, k):
        return cls.items[k]
    def __contains__(cls, x):
        return x in cls.items
    def __repr__(cls):
        return f"<class {cls.__name__} with {len(cls.items)}>"
class Bag(metaclass=Meta):
    items = ["a", "b"]
print(list(Bag), len(Bag), Bag[1], "a" in Bag, "z" in Bag, Bag, repr(Bag))
