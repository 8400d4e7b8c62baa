# Class lookups that the engine caches must follow every later change to a class or its bases.
class Base:
    def greet(self):
        return "base"


class Child(Base):
    pass


c = Child()
for _ in range(3):
    print(c.greet())
Base.greet = lambda self: "patched base"
print(c.greet())
Child.greet = lambda self: "child"
print(c.greet())
del Child.greet
print(c.greet())
c.greet = lambda: "instance"
print(c.greet())
del c.greet
print(c.greet())


# __init__ added, replaced and removed after the class was first called.
class Point:
    pass


p = Point()
print(type(p).__name__, vars(p))
try:
    Point(1, 2)
except TypeError as e:
    print(e)


def init(self, x, y):
    self.x = x
    self.y = y


Point.__init__ = init
for i in range(3):
    p = Point(i, i + 1)
    print(p.x, p.y)
Point.__init__ = lambda self, x: setattr(self, "x", -x)
print(Point(5).x)
del Point.__init__
try:
    Point(5)
except TypeError as e:
    print(e)


# An __init__ inherited from a base that changes later.
class Shape:
    def __init__(self, n):
        self.n = n


class Square(Shape):
    pass


print(Square(4).n)
Shape.__init__ = lambda self, n: setattr(self, "n", n * 10)
print(Square(4).n)


# __new__ added to a base after instances were made.
def new(cls, *args):
    obj = object.__new__(cls)
    obj.made_by_new = True
    return obj


Shape.__new__ = new
s = Square(2)
print(s.n, s.made_by_new)


# Attribute hooks added after the first accesses.
class Hooked:
    def __init__(self):
        self.a = 1


h = Hooked()
print(h.a)
try:
    h.missing
except AttributeError as e:
    print(e)
Hooked.__getattr__ = lambda self, name: f"fallback {name}"
print(h.missing, h.a)
Hooked.__getattribute__ = lambda self, name: f"always {name}"
print(h.a)
del Hooked.__getattribute__
del Hooked.__getattr__
print(h.a)
Hooked.__setattr__ = lambda self, name, value: object.__setattr__(self, name, value * 2)
h.a = 5
print(h.a)
del Hooked.__setattr__
h.a = 5
print(h.a)


# A class attribute that becomes a property (a data descriptor) wins over the instance dict.
class Box:
    size = 1


b = Box()
b.size = 2
print(b.size)
Box.size = property(lambda self: 99)
print(b.size)


# Abstract methods set after the class was first called.
class Plain:
    def __init__(self):
        pass


Plain()
Plain.__abstractmethods__ = frozenset({"run"})
try:
    Plain()
except TypeError as e:
    print(e)
Plain.__abstractmethods__ = frozenset()
print(type(Plain()).__name__)
