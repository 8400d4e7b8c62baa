class G:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(G[int])
