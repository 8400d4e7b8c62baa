from collections import deque, OrderedDict, defaultdict, Counter
for f in [lambda: hash(deque()), lambda: hash(defaultdict()), lambda: hash(Counter()), lambda: deque() < 1,
          lambda: OrderedDict() + 1, lambda: defaultdict(int) - {}]:
    try:
        f()
    except TypeError as err:
        print(type(err).__name__, err)
print(deque, OrderedDict, defaultdict, Counter, deque.__name__, OrderedDict.__qualname__, defaultdict.__module__)
class Sub(OrderedDict):
    pass
print(Sub(a=1), Sub.__mro__)
