class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + "!"
print(Animal("x").speak())
print(Dog("rex").speak())
print(Puppy("bit").speak())
print(isinstance(Puppy("a"), Animal), issubclass(Puppy, Dog), issubclass(Animal, Dog))
