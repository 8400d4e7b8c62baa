# Catching via base classes in the exception hierarchy
def attempt(fn):
    try:
        fn()
    except LookupError as e:
        print('LookupError caught', type(e).__name__)
    except ArithmeticError as e:
        print('ArithmeticError caught', type(e).__name__)
    except Exception as e:
        print('Exception caught', type(e).__name__)
attempt(lambda: {}['k'])
attempt(lambda: [][1])
attempt(lambda: 1 / 0)
attempt(lambda: 2.0 ** 5000)
attempt(lambda: int('x'))
attempt(lambda: undefined)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(StopIteration, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
print(issubclass(bool, int), issubclass(NotImplementedError, RuntimeError))
