from abc import ABC, abstractmethod
class Animal(ABC):
    @abstractmethod
    def speak(self):
        raise NotImplementedError
class Dog(Animal):
    def speak(self):
        return "woof " + str(super().speak is not None)
print(Dog().speak())
Animal()
