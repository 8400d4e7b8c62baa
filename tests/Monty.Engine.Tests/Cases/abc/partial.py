from abc import ABC, abstractmethod
class Base(ABC):
    @abstractmethod
    def run(self): pass
    @abstractmethod
    def stop(self): pass
class Half(Base):
    def run(self): return "run"
try:
    Half()
except TypeError as e:
    print(e)
class Full(Half):
    def stop(self): return "stop"
f = Full()
print(f.run(), f.stop())
