class A(Exception): pass
class B(Exception): pass
try:
    try:
        raise A("first")
    except A:
        raise B("second")
except B as e:
    print(repr(e.__context__), e.__cause__)
