# Implicit exception context when raising inside except
try:
    try:
        [][0]
    except IndexError:
        raise ValueError('during handling')
except ValueError as e:
    print(repr(e))
    print(repr(e.__context__), e.__cause__)
    print(e.__suppress_context__)
try:
    raise TypeError('plain')
except TypeError as e:
    print(e.__context__, e.__cause__)
