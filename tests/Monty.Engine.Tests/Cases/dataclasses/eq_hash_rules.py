from dataclasses import dataclass
@dataclass
class A:
    x: int
print(A.__hash__)
@dataclass(unsafe_hash=True)
class B:
    x: int
print(hash(B(1)) == hash(B(1)), B(1) in {B(1)})
@dataclass(eq=False)
class C:
    x: int
c = C(1)
print(c == C(1), c == c, hash(c) == hash(c))
@dataclass
class D:
    x: int
    def __eq__(self, other):
        return True
print(D(1) == D(2))
print(repr(A(1)), A(1) == (1,))
hash(A(1))
