from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
class Sq(Shape):
    def area(self): return 1
    def perimeter(self): return 4
print(Sq().area())
Shape()
