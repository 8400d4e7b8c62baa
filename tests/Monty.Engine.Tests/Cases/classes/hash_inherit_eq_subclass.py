class A:
    def __hash__(self): return 5
class B(A):
    def __eq__(self, o): return True
print(hash(A()))
print(B.__hash__)
