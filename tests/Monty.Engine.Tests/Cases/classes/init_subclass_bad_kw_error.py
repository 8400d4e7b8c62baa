class A:
    pass
class B(A, flavour=1):
    pass
