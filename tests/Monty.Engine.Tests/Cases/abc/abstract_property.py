from abc import ABC, abstractmethod
class Named(ABC):
    @property
    def title(self):
        return self.name().upper()
    @abstractmethod
    def name(self): ...
class Bob(Named):
    def name(self): return "bob"
print(Bob().title)
class NoAbstract(ABC):
    pass
print(type(NoAbstract()).__name__)
