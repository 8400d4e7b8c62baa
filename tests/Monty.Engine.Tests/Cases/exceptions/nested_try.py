# Nested try blocks with rethrow of different exceptions
def process(v):
    try:
        try:
            return 100 // v
        except ZeroDivisionError:
            print('inner: zero, converting')
            raise ValueError('bad value')
        finally:
            print('inner finally for', v)
    except ValueError as e:
        print('outer:', e)
        return -1
print(process(5))
print(process(0))
