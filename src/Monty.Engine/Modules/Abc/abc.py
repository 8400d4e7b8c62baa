"""Abstract base classes: ABCMeta computes __abstractmethods__; instantiation is refused by
object.__new__ when that set is not empty, as in CPython."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    return getattr(value, '__isabstractmethod__', False) is True


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = set()
        for key, value in namespace.items():
            if _is_abstract(value):
                abstracts.add(key)
        for base in bases:
            for key in getattr(base, '__abstractmethods__', ()):
                if _is_abstract(getattr(cls, key, None)):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        return cls

    def register(cls, subclass):
        raise NotImplementedError('ABCMeta.register (virtual subclasses) is not supported by Monty')


class ABC(metaclass=ABCMeta):
    __slots__ = ()


def get_cache_token():
    return 0
