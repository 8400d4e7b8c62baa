registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
def add_method(cls):
    def hello(self):
        return "hello from " + type(self).__name__
    cls.hello = hello
    return cls
@register
@add_method
class A: pass
print(registry, A.registered, A().hello())
