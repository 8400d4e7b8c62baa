# obj.name(...) in all its forms must behave like loading obj.name and then calling it.
import math


class Thing:
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def get(self):
        return self.value

    @staticmethod
    def static(x):
        return x * 2

    @classmethod
    def klass(cls, x):
        return (cls.__name__, x)

    @property
    def prop(self):
        return lambda y: self.value + y

    def gen(self, n):
        for i in range(n):
            yield i * self.value


t = Thing(3)
print(t.get(), t.static(4), t.klass(5), t.prop(1), list(t.gen(3)))
print(Thing.get(t), Thing.static(1), Thing.klass(2))


class Open:
    def hello(self, name="world"):
        return f"hello {name}"

    def __getattr__(self, name):
        return lambda *a: (name, a)


o = Open()
print(o.hello(), o.hello("you"), o.other(1, 2))
o.hello = lambda: "shadowed"
print(o.hello())
del o.hello
print(o.hello())
o.not_callable = 5
try:
    o.not_callable()
except TypeError as e:
    print(e)


class Strict:
    def only(self, a):
        return a


s = Strict()
for call in (lambda: s.only(), lambda: s.only(1, 2), lambda: s.missing(), lambda: s.only(b=1)):
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class Base:
    def who(self):
        return "base"


class Derived(Base):
    def who(self):
        return "derived+" + super().who()


print(Derived().who())
print(math.floor(2.5), "-".join(str(i) for i in range(4)), [].copy())
items = []
items.extend(x * x for x in range(4))
print(items, " a b ".split(), {"k": 1}.get("k"))


def deep(obj, n):
    return n if n == 0 else obj.recurse(n - 1)


class Rec:
    def recurse(self, n):
        return deep(self, n)


try:
    Rec().recurse(100000)
except RecursionError as e:
    print("RecursionError", e)
print(Rec().recurse(50))
