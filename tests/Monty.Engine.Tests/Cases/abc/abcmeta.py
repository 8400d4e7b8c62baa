from abc import ABCMeta, abstractmethod
class Plugin(metaclass=ABCMeta):
    @abstractmethod
    def load(self): ...
    @classmethod
    def create(cls):
        return cls()
class Csv(Plugin):
    def load(self): return "csv"
print(type(Plugin).__name__, Csv.create().load())
print(isinstance(Plugin, ABCMeta), issubclass(Csv, Plugin))
try:
    Plugin.create()
except TypeError as e:
    print(e)
